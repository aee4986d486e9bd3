/**
 * How the browser makes moving between pages instant without a client router: it prerenders a
 * page of the site once the reader shows intent to open it (the pointer rests on a link or
 * presses it, a finger touches it), never on load, so no page is fetched that the reader does
 * not head for. The search results page is left out: it is rendered per query on the server.
 */
export const speculationRules = {
  prerender: [
    {
      source: 'document',
      where: { and: [{ href_matches: '/*' }, { not: { href_matches: '/search*' } }, { not: { href_matches: '/feed.xml' } }] },
      eagerness: 'moderate',
    },
  ],
};
