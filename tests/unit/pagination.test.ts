import { describe, expect, it } from 'vitest';
import { paginate } from '@/lib/content/pagination';

const items = Array.from({ length: 120 }, (_, index) => index);

describe('paginate', () => {
  it('cuts a list into full pages and a last partial one', () => {
    expect(paginate(items, 50, 1)).toEqual({ items: items.slice(0, 50), page: 1, pageCount: 3 });
    expect(paginate(items, 50, 3)).toEqual({ items: items.slice(100), page: 3, pageCount: 3 });
  });

  it('has one (empty) page for an empty list and nothing past the end', () => {
    expect(paginate([], 50, 1)).toEqual({ items: [], page: 1, pageCount: 1 });
    expect(paginate(items, 50, 4)).toBeUndefined();
    expect(paginate(items, 50, 0)).toBeUndefined();
    expect(paginate(items, 50, 1.5)).toBeUndefined();
  });
});
