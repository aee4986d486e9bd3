import type { Metadata } from 'next';
import type { Page } from './content';
import { siteConfig } from './site-config';

/** Title, description, canonical and sharing tags of a content page; og:image comes from its opengraph-image route. */
export function pageMetadata(page: Page): Metadata {
  const { title, description, updated } = page.frontmatter;
  return {
    title,
    description,
    alternates: { canonical: page.href },
    openGraph: { type: 'article', title, description, url: page.href, siteName: siteConfig.name, modifiedTime: updated, locale: 'en_US' },
    twitter: { card: 'summary_large_image', title, description },
  };
}

/** What a page is, in a word or two, for previews and structured data. */
export function pageLabel(page: Page): string {
  return page.kind === 'article' ? 'Article' : 'Career guide';
}
