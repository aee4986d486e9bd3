import { notFound } from 'next/navigation';
import { ogImageSize, renderPageImage } from '@/components/og/page-image';
import { getArticle, getSite } from '@/lib/content';
import { pageLabel } from '@/lib/metadata';
import { siteConfig } from '@/lib/site-config';

export const dynamicParams = false;
export const size = ogImageSize;
export const contentType = 'image/png';
export const alt = `${siteConfig.name} preview card showing the page title`;

export function generateStaticParams() {
  return getSite().articles.map((article) => ({ slug: article.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  return renderPageImage({ title: article.frontmatter.title, label: pageLabel(article) });
}
