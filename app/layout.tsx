import type { Metadata, Viewport } from 'next';
import type { CSSProperties, ReactNode } from 'react';
import islands from '@/components/islands/bundle.json';
import { DevIslands } from '@/components/islands/dev-islands';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { PAGE_CONTENT_ID } from '@/lib/content/layout-ids';
import { headScript } from '@/lib/head-script';
import { sharingTags, siteImage } from '@/lib/metadata';
import { siteConfig } from '@/lib/site-config';
import { speculationRules } from '@/lib/speculation-rules';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: { default: siteConfig.name, template: `%s · ${siteConfig.name}` },
  description: siteConfig.description,
  alternates: { types: { 'application/rss+xml': [{ url: '/feed.xml', title: siteConfig.name }] } },
  // What a page that names no preview of its own unfurls with: the site's card.
  ...sharingTags({ image: siteImage }),
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#12171d' },
  ],
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: headScript }} />
        {/* The page's interactive parts (components/islands): one small module, run after parsing.
            Low priority: nothing on first paint waits for it. */}
        {process.env.NODE_ENV === 'development' ? <DevIslands src={islands.src} /> : <script type="module" src={islands.src} fetchPriority="low" />}
        <script type="speculationrules" dangerouslySetInnerHTML={{ __html: JSON.stringify(speculationRules) }} />
      </head>
      {/* --site-url lets the print stylesheet spell out links within the site as full addresses. */}
      <body className="flex min-h-screen flex-col font-sans antialiased" style={{ '--site-url': JSON.stringify(siteConfig.url) } as CSSProperties}>
        {/* To the page's own content: past the guide's sidebar, on pages that have one. */}
        <a
          href={`#${PAGE_CONTENT_ID}`}
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:px-4 focus:py-2 focus:text-ink focus:shadow"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
