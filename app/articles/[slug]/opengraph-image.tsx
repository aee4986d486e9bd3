import { notFound } from 'next/navigation';
import { renderPageImage } from '@/components/og/page-image';
import { getArticle, getSite } from '@/lib/content';
import { previewCardOf } from '@/lib/metadata';

// Size, type and alt text are in the page's metadata (pageMetadata), which names this image.
export const dynamicParams = false;

export function generateStaticParams() {
  return getSite().articles.map((article) => ({ slug: article.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  return renderPageImage(previewCardOf(article));
}
