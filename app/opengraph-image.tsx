import { renderPageImage } from '@/components/og/page-image';
import { siteCard } from '@/lib/metadata';

// Size, type and alt text are in the metadata of the pages that show it (`siteImage`).

export default function Image() {
  return renderPageImage(siteCard);
}
