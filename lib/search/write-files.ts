import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Site } from '../content';
import { buildSearchFiles } from './build-index';

/**
 * Writes the search index into public/search/: the browser fetches the parts it needs on first
 * search and the /search page imports them, so no request reads content files. Returns a
 * one-line summary.
 */
export function writeSearchFiles(site: Site): string {
  const { catalog, shards, texts, words } = buildSearchFiles(site);
  const root = path.resolve('public/search');
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(path.join(root, 'terms'), { recursive: true });
  fs.mkdirSync(path.join(root, 'text'), { recursive: true });
  const write = (file: string, data: unknown) => {
    const json = JSON.stringify(data);
    fs.writeFileSync(path.join(root, file), json);
    return zlib.gzipSync(json).length;
  };
  const catalogBytes = write('catalog.json', catalog);
  let largestShard = 0;
  for (const [name, shard] of shards) largestShard = Math.max(largestShard, write(`terms/${name}.json`, shard));
  texts.forEach((pageTexts, page) => write(`text/${page}.json`, pageTexts));
  const wordsBytes = write('words.json', words);
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  return `search index: ${catalog.sections.length} sections of ${catalog.pages.length} pages → public/search/ (gzip: catalog ${kib(catalogBytes)}, largest term shard ${kib(largestShard)}, word list ${kib(wordsBytes)})`;
}
