import { SOURCES_HEADING } from './citations';

/** The id of a page's own content, where "Skip to content" leads (past the header and the guide's sidebar). */
export const PAGE_CONTENT_ID = 'page-content';
/** The id of the related-reading footer's heading. */
export const RELATED_HEADING_ID = 'page-related-heading';

/**
 * Ids the layout gives its own parts of a content page. A heading may not take one: the page would
 * have the id twice, and a link to it would land on the layout's part.
 */
export const LAYOUT_IDS: ReadonlySet<string> = new Set([PAGE_CONTENT_ID, RELATED_HEADING_ID, SOURCES_HEADING.id]);
