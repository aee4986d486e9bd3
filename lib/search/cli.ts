// Writes public/search-index.json from the content: the browser fetches it on first search and
// the /search page imports it, so no request reads content files.
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../content';
import { readSite } from '../content/site';
import { buildSearchIndex } from './build-index';

// Drafts are searchable only in `npm run dev`, which passes --drafts.
const site = readSite({ contentDir: contentDir(), includeDrafts: process.argv.includes('--drafts') });
const index = buildSearchIndex(site);
const target = path.resolve('public/search-index.json');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, JSON.stringify(index));
console.log(`search index: ${index.sections.length} sections of ${index.pages.length} pages, ${(fs.statSync(target).size / 1024).toFixed(1)} KiB → ${path.relative(process.cwd(), target)}`);
