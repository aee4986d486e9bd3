import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import type { Page } from '../content/site';
import { Throttle } from './throttle';

/** dead: an error status or no answer; redirected: answers at another address; unchecked: see `error`. */
export type LinkStatus = 'dead' | 'redirected' | 'ok' | 'unchecked';

/** An external link the content puts on a page: a source (with its id) or a link in the text. */
export interface ContentLink {
  url: string;
  /** Site path of the page, e.g. /guides/oncology-hematology/research. */
  page: string;
  sourceId?: string;
}

/** One external URL and what checking it found. */
export interface CheckedLink {
  /** source: some page lists it under `sources`; other: any other external link. */
  kind: 'source' | 'other';
  status: LinkStatus;
  /** HTTP status of the last answer; null when none came. */
  code: number | null;
  /** Why there is no usable answer (DNS failure, timeout…); null otherwise. */
  error: string | null;
  url: string;
  /** Where a redirected link ends up: the address to put in the source instead. */
  newUrl: string | null;
  /** Site paths of the pages that use it. */
  pages: string[];
  /** Ids of the sources that cite it. */
  sourceIds: string[];
}

export interface CheckLinksOptions {
  /** Where the built site is served, e.g. http://127.0.0.1:4000: the crawl starts there. */
  siteUrl: string;
  /** Every external link the content declares, so sources are known and their pages named. */
  contentLinks: ContentLink[];
  /** Links neither checked nor reported, e.g. canonical links to the site's public address. */
  skip?: (url: URL) => boolean;
  /** Per request; a check that times out is dead. Default 15 s. */
  timeoutMs?: number;
  /** Checks in flight at once, across hosts. Default 8. */
  concurrency?: number;
  /** Least time between the end of one check on a host and the start of the next. Default 1 s. */
  hostGapMs?: number;
}

const ORDER: LinkStatus[] = ['dead', 'unchecked', 'redirected', 'ok'];

/** The external links of the content's pages: each source, then each link in the text. */
export function linksFromContent(pages: readonly Page[]): ContentLink[] {
  return pages.flatMap((page) => [
    ...page.sources.map((source) => ({ url: source.url, page: page.href, sourceId: source.id })),
    ...page.links.filter((link) => /^https?:\/\//i.test(link.url)).map((link) => ({ url: link.url, page: page.href })),
  ]);
}

/**
 * Crawls the site at `siteUrl` with linkinator and checks every external link on it once,
 * without crawling it: HEAD, then GET if HEAD fails (linkinator's way), one retry after an
 * error (5xx, 429, no answer), redirects followed and reported. Returns one entry per URL,
 * sources first, then by status (dead first) and URL. Throws if the site itself does not answer.
 */
export async function checkLinks(options: CheckLinksOptions): Promise<CheckedLink[]> {
  const { contentLinks, skip = () => false, timeoutMs = 15_000, concurrency = 8, hostGapMs = 1000 } = options;
  const site = new URL(options.siteUrl);
  const isExternal = (url: string) => {
    const parsed = URL.canParse(url) ? new URL(url) : undefined;
    return parsed !== undefined && /^https?:$/.test(parsed.protocol) && parsed.origin !== site.origin && !skip(parsed);
  };

  // linkinator 7.6.1 starts each link's check as soon as the page listing it is parsed (its
  // queue only awaits the running check), so its `concurrency` bounds nothing; the throttle
  // does, entered through `linksToSkip`, which each check awaits just before its requests,
  // and left on the `link` (checked) or `retry` (failed, tries again later) event.
  const throttle = new Throttle(concurrency, hostGapMs);
  const checker = new LinkChecker();
  const results = new Map<string, LinkResult[]>();
  const redirects = new Map<string, string>();
  checker.on('link', (result) => {
    throttle.release(result.url);
    results.set(result.url, [...(results.get(result.url) ?? []), result]);
  });
  checker.on('retry', ({ url }) => throttle.release(url));
  checker.on('redirect', ({ url, targetUrl }) => {
    if (targetUrl) redirects.set(url, targetUrl);
  });

  const pages = [...new Set(contentLinks.map((link) => link.page))];
  await checker.check({
    // The pages with links as well as the home page, so that a page no link leads to is checked too.
    path: [...new Set([site.href, ...pages.map((page) => new URL(page, site).href)])],
    recurse: true,
    timeout: timeoutMs,
    retryErrors: true,
    // linkinator retries once more than this count says: 0 is one retry.
    retryErrorsCount: 0,
    // The throttle already spaces requests to a host; linkinator still waits 2 s before a retry.
    retryErrorsJitter: 0,
    redirects: 'warn',
    linksToSkip: async (url) => {
      const parsed = new URL(url);
      const own = parsed.origin === site.origin;
      if (!own && skip(parsed)) return true;
      await throttle.acquire(url, own ? undefined : parsed.host);
      return false;
    },
  });

  const home = results.get(site.href)?.[0];
  if (home?.state !== LinkState.OK) {
    throw new Error(`the site at ${site.href} did not answer: ${home ? describeFailure(home, timeoutMs) : 'no response'}`);
  }

  // A URL as the crawl saw it: no #fragment, normalized by the URL parser.
  const key = (url: string) => {
    if (!URL.canParse(url)) return url;
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  };
  const declared = new Map<string, ContentLink[]>();
  for (const link of contentLinks) declared.set(key(link.url), [...(declared.get(key(link.url)) ?? []), link]);
  const urls = new Set([...results.keys(), ...declared.keys()].filter(isExternal));

  const checked = [...urls].map((url): CheckedLink => {
    const uses = declared.get(url) ?? [];
    const found = results.get(url) ?? [];
    const result = found[0];
    const kind = uses.some((use) => use.sourceId) ? 'source' : 'other';
    // The content says where its links are. linkinator names only the first page it found a link
    // on (every page for a dead link it did not retry), so it is asked only about template links.
    const pages = uses.length ? uses.map((use) => use.page) : found.flatMap((each) => (each.parent ? [new URL(each.parent).pathname] : []));
    const newUrl = redirects.get(url) ?? null;
    return {
      kind,
      ...outcome(result, newUrl, timeoutMs),
      url: uses[0]?.url ?? url,
      newUrl,
      pages: [...new Set(pages)].sort(),
      sourceIds: [...new Set(uses.flatMap((use) => use.sourceId ?? []))].sort(),
    };
  });
  return checked.sort(
    (a, b) => Number(a.kind === 'other') - Number(b.kind === 'other') || ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0),
  );
}

/** What checking a URL found; no result means the crawl never met it. */
function outcome(result: LinkResult | undefined, newUrl: string | null, timeoutMs: number): Pick<CheckedLink, 'status' | 'code' | 'error'> {
  if (!result) return { status: 'unchecked', code: null, error: 'not on the built site: rebuild it after editing content' };
  const code = result.status || null;
  if (result.state === LinkState.BROKEN) return { status: 'dead', code, error: code ? null : describeFailure(result, timeoutMs) };
  if (result.state === LinkState.SKIPPED) return { status: 'unchecked', code, error: 'bot protection turned the checker away: open it in a browser' };
  return { status: newUrl ? 'redirected' : 'ok', code, error: null };
}

/** Why a request got no answer, in words: DNS failure, connection refused, timeout… */
function describeFailure(result: LinkResult, timeoutMs: number): string {
  const error = result.failureDetails?.findLast((detail): detail is Error => detail instanceof Error);
  if (!error) return 'no response';
  if (error.name === 'TimeoutError') return `timeout after ${timeoutMs / 1000} s`;
  const cause = error.cause as { code?: string; message?: string } | undefined;
  const code = cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `DNS failure (${code})`;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection closed';
  return cause?.message ?? error.message;
}

/** True when some link is dead: what makes `links:check` fail. */
export function hasDeadLinks(links: readonly CheckedLink[]): boolean {
  return links.some((link) => link.status === 'dead');
}

/**
 * The report for people: sources, then other external links, each a table of the links that
 * need an editor (dead, unchecked, redirected) and a count of the rest; then a one-line total.
 */
export function formatReport(links: readonly CheckedLink[]): string {
  const count = (list: readonly CheckedLink[], status: LinkStatus) => list.filter((link) => link.status === status).length;
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines: string[] = [];
  for (const [kind, heading] of [
    ['source', 'Sources'],
    ['other', 'Other external links'],
  ] as const) {
    const group = links.filter((link) => link.kind === kind);
    const shown = group.filter((link) => link.status !== 'ok');
    lines.push(`${heading}: ${group.length} URL${group.length === 1 ? '' : 's'}`);
    if (shown.length) {
      lines.push(row(['status', 'code or error', 'url', 'new url', 'used by']), row(['---', '---', '---', '---', '---']));
      for (const link of shown) {
        const usedBy = link.pages.join(', ') + (link.sourceIds.length ? ` [${link.sourceIds.join(', ')}]` : '');
        lines.push(row([link.status, [link.code, link.error].filter(Boolean).join(': '), link.url, link.newUrl ?? '', usedBy]));
      }
    }
    lines.push(`${count(group, 'ok')} OK.`, '');
  }
  const total = ORDER.filter((status) => count(links, status)).map((status) => `${count(links, status)} ${status}`).join(', ') || 'no external links';
  lines.push(`${links.length} external URLs: ${total}.${hasDeadLinks(links) ? ' Dead links found.' : ''}`);
  return lines.join('\n');
}

/** The machine-readable report (`--json`): one object per URL, as `checkLinks` returns them. */
export function reportJson(links: readonly CheckedLink[]): string {
  return JSON.stringify(links, null, 2);
}
