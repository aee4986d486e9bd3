import Image from 'next/image';
import type { ComponentProps } from '@/lib/content/components';
import { typeset } from '@/lib/mdx/typography.mjs';

/** An image from public/ with a caption: `<Figure src="/images/x.png" alt="…" width={…} height={…} caption="…" />`. */
export function Figure({ src, alt, width, height, caption }: ComponentProps<'Figure'>) {
  return (
    <figure className="my-8">
      <Image src={src} alt={alt} width={width} height={height} sizes="(min-width: 768px) 68ch, 100vw" className="h-auto w-full rounded-lg" />
      {caption && <figcaption className="mt-2 font-sans text-sm text-muted">{typeset(caption)}</figcaption>}
    </figure>
  );
}
