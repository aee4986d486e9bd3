/** One page of a long list, with what a pager needs to link around it. */
export interface Paginated<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pageCount: number;
}

/** Items of page `page` (1-based) when `perPage` fit on a page; undefined for a page that does not exist. */
export function paginate<T>(items: readonly T[], perPage: number, page: number): Paginated<T> | undefined {
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { items: items.slice((page - 1) * perPage, page * perPage), page, pageCount };
}
