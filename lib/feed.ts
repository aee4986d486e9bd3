import type { Page } from './content';

export interface FeedChannel {
  title: string;
  description: string;
  url: string;
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (character) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[character]};`);

/** RSS 2.0 of the given pages, newest first by `updated`, with absolute links. */
export function renderRss(channel: FeedChannel, pages: readonly Page[]): string {
  const sorted = [...pages].sort((a, b) => (a.frontmatter.updated < b.frontmatter.updated ? 1 : a.frontmatter.updated > b.frontmatter.updated ? -1 : a.href < b.href ? -1 : 1));
  const date = (day: string) => new Date(`${day}T00:00:00Z`).toUTCString();
  const items = sorted.map((page) => {
    const link = `${channel.url}${page.href}`;
    return [
      '    <item>',
      `      <title>${escapeXml(page.frontmatter.title)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `      <description>${escapeXml(page.frontmatter.description)}</description>`,
      `      <pubDate>${date(page.frontmatter.updated)}</pubDate>`,
      ...page.frontmatter.tags.map((tag) => `      <category>${escapeXml(tag)}</category>`),
      '    </item>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.url)}/</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    '    <language>en</language>',
    `    <atom:link href="${escapeXml(channel.url)}/feed.xml" rel="self" type="application/rss+xml"/>`,
    ...(sorted[0] ? [`    <lastBuildDate>${date(sorted[0].frontmatter.updated)}</lastBuildDate>`] : []),
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
