// Turns a page Next.js prerendered into a document: the same HTML and CSS, without the React and
// Next.js client runtime or the RSC payload it hydrates from. What this relies on in Next.js's
// output, and what to check after an upgrade, is in docs/pages-as-documents.md.
import { headScript } from '@/lib/head-script';

/** Scripts and preloads of the runtime, which a document does without. */
const RUNTIME = [
  // The runtime's chunks, and the polyfills for browsers without modules.
  /<script src="\/_next\/static\/[^"]+"[^>]*><\/script>/g,
  // Their preloads.
  /<link rel="(?:preload|modulepreload)" as="script"[^>]*href="\/_next\/static\/[^"]+"[^>]*\/>/g,
  // Turbopack's bootstrap, which lists the chunks to load.
  /<script id="_R_">\(globalThis\["TURBOPACK"\][\s\S]*?<\/script>/g,
  // The React Server Components payload that hydration reads.
  /<script>\(?self\.__next_f[\s\S]*?<\/script>/g,
];

/**
 * React's hydration markers: the empty comment it puts between adjacent text nodes, and the
 * comments around a finished Suspense boundary. Nothing hydrates a document, so they are bytes
 * every reader downloads for nothing (130 to 440 markers, 70-240 B of gzip, on a guide section).
 */
const HYDRATION_MARKERS = /<!-- -->|<!--\/?\$-->/g;

/** What may stay: the islands module, speculation rules, structured data and the head script. */
function allowed(tag: string, body: string): boolean {
  if (/^<script type="module" src="\/islands\/[^"]+\.js"(?: fetchPriority="low")?>$/.test(tag) && body === '') return true;
  if (/^<script type="(?:speculationrules|application\/ld\+json)">$/.test(tag)) return true;
  return tag === '<script>' && body === headScript;
}

/**
 * Whether a prerendered page is a redirect, from the `.meta` file Next.js writes beside its HTML:
 * a former address (`formerSlugs`) is prerendered as a 308 with its location, and `next start`
 * answers with those, so its HTML is not a page for readers and is left as it is.
 */
export function isRedirectMeta(meta: string): boolean {
  const { status } = JSON.parse(meta) as { status?: number };
  return status !== undefined && status >= 300 && status < 400;
}

export class DocumentError extends Error {}

export interface DocumentResult {
  html: string;
  /** How many runtime tags were taken out. */
  removed: number;
}

/**
 * Strips the runtime and React's hydration markers from one prerendered page. Fails, naming the
 * file, when the page does not look like the output this was written against: content hidden
 * until a script reveals it, a script it does not know, or no stylesheet.
 */
export function toDocument(html: string, file: string): DocumentResult {
  let removed = 0;
  for (const pattern of RUNTIME) {
    html = html.replace(pattern, () => {
      removed++;
      return '';
    });
  }
  html = html.replace(HYDRATION_MARKERS, '');
  const problems: string[] = [];
  if (/<template\b|<div hidden id="S:|\$RC\(/.test(html)) problems.push('it has content that streaming left hidden until a script reveals it (a Suspense boundary that did not finish while prerendering)');
  for (const [, tag, body] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/g)) {
    if (!allowed(tag, body)) problems.push(`it has a script this step does not know: ${(tag + body).slice(0, 120)}`);
  }
  if (!/<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"/.test(html)) problems.push('it has no stylesheet link to /_next/static/…css');
  if (!/<script type="module" src="\/islands\//.test(html)) problems.push('it has no islands script');
  if (problems.length) {
    throw new DocumentError(`${file}: cannot be served as a document, because ${problems.join('; and ')}. See docs/pages-as-documents.md.`);
  }
  return { html, removed };
}
