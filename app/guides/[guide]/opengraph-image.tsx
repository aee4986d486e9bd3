import { notFound } from 'next/navigation';
import { ogImageSize, renderPageImage } from '@/components/og/page-image';
import { getGuide, getSite } from '@/lib/content';
import { pageLabel } from '@/lib/metadata';
import { siteConfig } from '@/lib/site-config';

export const dynamicParams = false;
export const size = ogImageSize;
export const contentType = 'image/png';
export const alt = `${siteConfig.name} preview card showing the page title`;

export function generateStaticParams() {
  return getSite().guides.map((guide) => ({ guide: guide.slug }));
}

export default async function Image({ params }: { params: Promise<{ guide: string }> }) {
  const guide = getGuide((await params).guide);
  if (!guide) notFound();
  return renderPageImage({ title: guide.overview.frontmatter.title, label: pageLabel(guide.overview) });
}
