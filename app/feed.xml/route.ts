import { getSite } from '@/lib/content';
import { renderRss } from '@/lib/feed';
import { siteConfig } from '@/lib/site-config';

export const dynamic = 'force-static';

export function GET() {
  const body = renderRss({ title: siteConfig.name, description: siteConfig.description, url: siteConfig.url }, getSite().pages);
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
