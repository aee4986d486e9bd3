import { renderPageImage } from '@/components/og/page-image';
import { previewAlt, previewImageSize, siteCard } from '@/lib/metadata';

export const alt = previewAlt(siteCard);
export const size = previewImageSize;
export const contentType = 'image/png';

export default function Image() {
  return renderPageImage(siteCard);
}
