import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { previewImageSize, type PreviewCard } from '@/lib/metadata';
import { siteConfig } from '@/lib/site-config';

// Fonts ship in the repo (SIL Open Font License) so images render at build time with no network.
const fontFile = (name: string) => readFile(path.join(process.cwd(), 'components/og/fonts', name));
const fonts = Promise.all([fontFile('source-serif-4-latin-600-normal.woff'), fontFile('source-sans-3-latin-600-normal.woff')]);

/** The 1200×630 preview shown when a page is shared: what kind of page it is, its title, the site. */
export async function renderPageImage({ title, label }: PreviewCard): Promise<ImageResponse> {
  const [serif, sans] = await fonts;
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', background: '#fbfaf7', padding: '64px 72px', borderLeft: '24px solid #0b6e69' }}>
        <div style={{ display: 'flex', fontFamily: 'Source Sans 3', fontSize: 30, letterSpacing: 2, textTransform: 'uppercase', color: '#0b6e69' }}>{label}</div>
        <div style={{ display: 'flex', fontFamily: 'Source Serif 4', fontSize: title.length > 60 ? 60 : 72, lineHeight: 1.15, color: '#1c2430', maxWidth: 1000 }}>{title}</div>
        <div style={{ display: 'flex', alignItems: 'center', fontFamily: 'Source Sans 3', fontSize: 30, color: '#4d5866' }}>
          <div style={{ width: 14, height: 40, borderRadius: 7, background: '#0b6e69', marginRight: 18 }} />
          {siteConfig.name}
        </div>
      </div>
    ),
    {
      ...previewImageSize,
      fonts: [
        { name: 'Source Serif 4', data: serif, weight: 600, style: 'normal' },
        { name: 'Source Sans 3', data: sans, weight: 600, style: 'normal' },
      ],
    },
  );
}
