// Run by `npm run build` first: without SITE_URL every canonical link, the sitemap, the feed and
// the Open Graph tags name http://localhost:3000 (lib/site-config.ts), so one line says so.
if (!process.env.SITE_URL) {
  console.warn('Warning: SITE_URL is not set, so canonical links, the sitemap, the feed and Open Graph tags will point at http://localhost:3000. For a deployed site: SITE_URL=https://your.domain npm run build');
}
