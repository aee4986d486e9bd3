// The index written by `npm run search:index` at build time, imported (not read) so the
// /search page does no file I/O when it answers.
import generated from '@/public/search-index.json';
import { createSearch } from './query';
import type { SearchIndex } from './types';

export const searchSite = createSearch(generated as SearchIndex);
