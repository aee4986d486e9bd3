import type { Guide, Page } from './site';

/**
 * The pages before and after one in its guide's reading order: the overview first, then the
 * sections. The overview has nothing before it and the last section nothing after.
 */
export function neighbors(guide: Guide, page: Page): { previous?: Page; next?: Page } {
  const order = [guide.overview, ...guide.sections];
  const index = order.indexOf(page);
  if (index === -1) return {};
  return { previous: order[index - 1], next: order[index + 1] };
}

/**
 * What a page is, in a word or two: the label of its search results, and of its link preview
 * unless it is a section (which says "Section 5 of 6").
 */
export function pageLabel(page: Page): string {
  return page.kind === 'article' ? 'Article' : 'Career guide';
}

/** The topic page of a tag, which lists every page carrying it. */
export function topicHref(tag: string): string {
  return `/topics/${tag}`;
}
