import { notFound } from 'next/navigation';
import { ogImageSize, renderPageImage } from '@/components/og/page-image';
import { getSection, getSite } from '@/lib/content';
import { pageLabel } from '@/lib/metadata';
import { siteConfig } from '@/lib/site-config';

export const dynamicParams = false;
export const size = ogImageSize;
export const contentType = 'image/png';
export const alt = `${siteConfig.name} preview card showing the page title`;

export function generateStaticParams() {
  return getSite().guides.flatMap((guide) => guide.sections.map((section) => ({ guide: guide.slug, slug: section.slug })));
}

export default async function Image({ params }: { params: Promise<{ guide: string; slug: string }> }) {
  const { guide, slug } = await params;
  const section = getSection(guide, slug);
  if (!section) notFound();
  return renderPageImage({ title: section.frontmatter.title, label: pageLabel(section) });
}
