import { notFound } from 'next/navigation';
import { renderPageImage } from '@/components/og/page-image';
import { getSection, getSite } from '@/lib/content';
import { previewCardOf } from '@/lib/metadata';

// Size, type and alt text are in the page's metadata (pageMetadata), which names this image.
export const dynamicParams = false;

export function generateStaticParams() {
  return getSite().guides.flatMap((guide) => guide.sections.map((section) => ({ guide: guide.slug, slug: section.slug })));
}

export default async function Image({ params }: { params: Promise<{ guide: string; slug: string }> }) {
  const { guide, slug } = await params;
  const section = getSection(guide, slug);
  if (!section) notFound();
  return renderPageImage(previewCardOf(section));
}
