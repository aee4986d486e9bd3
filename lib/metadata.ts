import type { Metadata } from 'next';
import { createHash } from 'node:crypto';
import { getGuide, type Page, type Topic } from './content';
import { pageLabel } from './content/navigation';
import { siteConfig } from './site-config';

/** The words on the card a shared link unfurls with (drawn by components/og/page-image.tsx). */
export interface PreviewCard {
  /** What kind of page it is, above the title: "Section 5 of 6", "Article". */
  label: string;
  title: string;
}

/** A card as a page's metadata names it: the address of its image, and its size, type and alt text. */
export type PreviewImage = ReturnType<typeof previewImage>;

export const previewImageSize = { width: 1200, height: 630 };

/** The home page's card, which pages without one of their own (the lists, search, 404) share. */
export const siteCard: PreviewCard = { label: 'A practical guide', title: 'Building a career in oncology and hematology' };

export const glossaryCard: PreviewCard = { label: 'Glossary', title: 'The terms and acronyms used across the guide, explained' };

/** A topic's card names the topic as its page's heading shows it, first letter capitalized. */
export function topicCard(topic: Topic): PreviewCard {
  return { label: 'Topic', title: topic.label[0].toUpperCase() + topic.label.slice(1) };
}

/** A card's words as its alt text: what a reader who cannot see the preview is told it shows. */
export function previewAlt(card: PreviewCard): string {
  return `${card.label}: ${card.title}${/[.?!]$/.test(card.title) ? '' : '.'} ${siteConfig.name}`;
}

/** A content page's card: a section says where it stands in its guide. */
export function previewCardOf(page: Page): PreviewCard {
  const { title } = page.frontmatter;
  if (page.kind !== 'section') return { label: pageLabel(page), title };
  const sections = getGuide(page.guide!)?.sections ?? [];
  const number = sections.findIndex((section) => section.slug === page.slug) + 1;
  if (number === 0) throw new Error(`${page.sourceFile}: no guide of the site lists this section`);
  return { label: `Section ${number} of ${sections.length}`, title };
}

/**
 * The card drawn by the `opengraph-image` route under `href` ('' for the site's). The address
 * changes with the words drawn on the card, so a chat app that keeps images by address shows a
 * renamed page's new title. (Next.js's own address for a generated image hashes its route file,
 * and the words live here.)
 */
export function previewImage(href: string, card: PreviewCard) {
  const version = createHash('sha256').update([siteConfig.name, card.label, card.title].join('\n')).digest('hex').slice(0, 12);
  return { url: `${href}/opengraph-image?v=${version}`, ...previewImageSize, type: 'image/png', alt: previewAlt(card) };
}

export const siteImage = previewImage('', siteCard);

/** A content page's own card, as its metadata, its structured data and the whole guide (the overview's) name it. */
export function pagePreviewImage(page: Page): PreviewImage {
  return previewImage(page.href, previewCardOf(page));
}

/**
 * Open Graph and Twitter tags of a page at `url` whose link preview is `image`: what chat apps
 * and social sites unfurl. Next.js replaces a parent's `openGraph` and `twitter` with a page's
 * own rather than merging them (the glossary once lost its image that way), and a page's
 * `images` override the image files of its route, so every page sets all of them, here.
 * `modifiedTime` makes it an article.
 */
export function sharingTags({ url, title, description, image, modifiedTime }: { url?: string; title?: string; description?: string; image: PreviewImage; modifiedTime?: string }): Pick<Metadata, 'openGraph' | 'twitter'> {
  const common = { siteName: siteConfig.name, locale: 'en_US', url, title, description, images: [image] };
  return {
    openGraph: modifiedTime ? { ...common, type: 'article', modifiedTime } : { ...common, type: 'website' },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

/** Title, description, canonical and sharing tags of a content page, with its own card. */
export function pageMetadata(page: Page): Metadata {
  const { title, description, updated } = page.frontmatter;
  return {
    title,
    description,
    alternates: { canonical: page.href },
    ...sharingTags({ url: page.href, title, description, modifiedTime: updated, image: pagePreviewImage(page) }),
  };
}
