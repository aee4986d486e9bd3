import { renderPageImage } from '@/components/og/page-image';
import { glossaryCard } from '@/lib/metadata';

// Size, type and alt text are in the glossary page's metadata, which names this image.
export default function Image() {
  return renderPageImage(glossaryCard);
}
