import { ogImageSize, renderPageImage } from '@/components/og/page-image';
import { siteConfig } from '@/lib/site-config';

export const alt = siteConfig.name;
export const size = ogImageSize;
export const contentType = 'image/png';

export default function Image() {
  return renderPageImage({ title: 'Building a career in oncology and hematology', label: 'A practical guide' });
}
