// The index written by `npm run search:index` (part of the build), imported (bundled), never read from
// disk while answering, so the /search page does no file I/O of its own.
import catalog from '@/public/search/catalog.json';
import { createSearch } from './query';
import type { SearchCatalog, TermShard } from './types';

export const searchSite = createSearch({
  catalog: catalog as SearchCatalog,
  terms: async (shard) => (await import(`@/public/search/terms/${shard}.json`)).default as TermShard,
  texts: async (page) => (await import(`@/public/search/text/${page}.json`)).default as string[],
  words: async () => (await import('@/public/search/words.json')).default as string[],
});
