// Run by `npm run build` after `next build`: every page Next.js prerendered is rewritten in place
// as a document (see to-document.ts), and .next/documents.json records which, for `npm start`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DocumentError, isRedirectMeta, toDocument } from './to-document';

const APP_DIR = '.next/server/app';

function isRedirect(page: string): boolean {
  const meta = join(APP_DIR, page.replace(/\.html$/, '.meta'));
  return existsSync(meta) && isRedirectMeta(readFileSync(meta, 'utf8'));
}

// Next.js's own _global-error page (shown only if the root layout itself fails) is not the site's.
const pages = readdirSync(APP_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && file !== '_global-error.html' && !isRedirect(file))
  .sort();
let before = 0;
let after = 0;
let removed = 0;
try {
  for (const page of pages) {
    const path = join(APP_DIR, page);
    const html = readFileSync(path, 'utf8');
    const document = toDocument(html, relative('.', path));
    writeFileSync(path, document.html);
    removed += document.removed;
    before += gzipSync(html).length;
    after += gzipSync(document.html).length;
  }
} catch (error) {
  if (!(error instanceof DocumentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
writeFileSync('.next/documents.json', `${JSON.stringify({ pages }, null, 2)}\n`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(`Pages as documents: ${pages.length} prerendered pages without the client runtime (${removed} runtime tags removed; HTML ${kb(before)} → ${kb(after)} gzipped in all)`);
