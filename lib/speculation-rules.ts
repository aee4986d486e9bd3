/**
 * How the browser makes moving between pages fast without a client router: it fetches a page of
 * the site once the reader shows intent to open it (the pointer rests on a link or presses it, a
 * finger touches it), never on load, so no page is fetched that the reader does not head for. The
 * search results page is left out: it is rendered per query on the server.
 *
 * Prefetch, not prerender: on a phone the intent is a touch about 100 ms before the tap, and a
 * prerender started then is still loading, at background priority, when the tap wants it. Measured
 * on a mid-tier phone over slow 4G (tests/bench/click-to-paint.ts), a tap painted the next section
 * in 208-261 ms with a prefetch against 343-375 ms with a prerender (medians of 3, five sections).
 */
export const speculationRules = {
  prefetch: [
    {
      source: 'document',
      where: { and: [{ href_matches: '/*' }, { not: { href_matches: '/search*' } }, { not: { href_matches: '/feed.xml' } }] },
      eagerness: 'moderate',
    },
  ],
};
