import type { Guide, Page } from './site';

/**
 * The pages before and after one in its guide's reading order. The overview leads into the
 * first section; the first section has nothing before it and the last nothing after.
 */
export function neighbours(guide: Guide, page: Page): { previous?: Page; next?: Page } {
  if (page === guide.overview) return { next: guide.sections[0] };
  const index = guide.sections.indexOf(page);
  if (index === -1) return {};
  return { previous: guide.sections[index - 1], next: guide.sections[index + 1] };
}
