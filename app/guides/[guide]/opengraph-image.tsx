import { notFound } from 'next/navigation';
import { renderPageImage } from '@/components/og/page-image';
import { getGuide, getSite } from '@/lib/content';
import { previewCardOf } from '@/lib/metadata';

// Size, type and alt text are in the metadata of the pages that show it: the guide's overview
// (pageMetadata) and the whole guide on one page.
export const dynamicParams = false;

export function generateStaticParams() {
  return getSite().guides.map((guide) => ({ guide: guide.slug }));
}

export default async function Image({ params }: { params: Promise<{ guide: string }> }) {
  const guide = getGuide((await params).guide);
  if (!guide) notFound();
  return renderPageImage(previewCardOf(guide.overview));
}
