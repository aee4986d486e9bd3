import type { Metadata } from 'next';
import { createHash } from 'node:crypto';
import { getGuide, type Page } from './content';
import { siteConfig } from './site-config';

/** The words on the card a shared link unfurls with (drawn by components/og/page-image.tsx). */
export interface PreviewCard {
  /** What kind of page it is, above the title: "Section 5 of 6", "Article". */
  label: string;
  title: string;
}

/**
 * Open Graph tags every page carries (app/layout.tsx). Next.js replaces a parent's `openGraph`
 * and `twitter` with a page's own rather than merging them, so a page that sets `openGraph`
 * spreads these in, and one that sets `twitter` names its card again.
 */
export const siteOpenGraph = { type: 'website', siteName: siteConfig.name, locale: 'en_US' } as const;

export const previewImageSize = { width: 1200, height: 630 };

/** The home page's card, which pages without one of their own (lists, search, 404) share. */
export const siteCard: PreviewCard = { label: 'A practical guide', title: 'Building a career in oncology and hematology' };

export const glossaryCard: PreviewCard = { label: 'Glossary', title: 'The terms and acronyms used across the guide, explained' };

/** A card's words as its alt text: what a reader who cannot see the preview is told it shows. */
export function previewAlt(card: PreviewCard): string {
  return `${card.label}: ${card.title}. ${siteConfig.name}`;
}

/** A content page's card: a section says where it stands in its guide. */
export function previewCardOf(page: Page): PreviewCard {
  const { title } = page.frontmatter;
  if (page.kind !== 'section') return { label: pageLabel(page), title };
  const sections = getGuide(page.guide!)!.sections;
  return { label: `Section ${sections.findIndex((section) => section.slug === page.slug) + 1} of ${sections.length}`, title };
}

/**
 * og:image and twitter:image for a card drawn by the `opengraph-image` route under `href`. The
 * address changes with the card's words, so a chat app that keeps images by address shows a
 * renamed page's new title.
 */
export function previewImage(href: string, card: PreviewCard) {
  const version = createHash('sha256').update(`${card.label}\n${card.title}`).digest('hex').slice(0, 12);
  return { url: `${href}/opengraph-image?v=${version}`, ...previewImageSize, type: 'image/png', alt: previewAlt(card) };
}

/** Title, description, canonical and sharing tags of a content page, with its own card. */
export function pageMetadata(page: Page): Metadata {
  const { title, description, updated } = page.frontmatter;
  const image = previewImage(page.href, previewCardOf(page));
  return {
    title,
    description,
    alternates: { canonical: page.href },
    openGraph: { ...siteOpenGraph, type: 'article', title, description, url: page.href, modifiedTime: updated, images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

/** What a page is, in a word or two, for previews and search results. */
export function pageLabel(page: Page): string {
  return page.kind === 'article' ? 'Article' : 'Career guide';
}
