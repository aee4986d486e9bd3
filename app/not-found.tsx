import type { Metadata } from 'next';
import { getSite } from '@/lib/content';
import { sharingTags, siteImage } from '@/lib/metadata';
import { PAGE_CONTENT_ID } from '@/lib/content/layout-ids';

// Without metadata of its own, Next.js gives a 404 the root image file as og:image (no alt, no
// size) beside the layout's Twitter image: named here, the two agree. The title says what the
// tab holds, as the page does.
export const metadata: Metadata = { title: 'Page not found', ...sharingTags({ image: siteImage }) };

export default function NotFound() {
  const guide = getSite().guides[0];
  return (
    <div id={PAGE_CONTENT_ID} className="mx-auto max-w-2xl px-4 py-20 sm:px-6">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Page not found</p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-ink">We could not find that page</h1>
      <p className="mt-4 font-serif text-lg leading-relaxed text-muted">
        The address may be mistyped, or the page may have moved. Everything in the guide is one click away from here.
      </p>
      <ul className="mt-8 flex flex-wrap gap-3">
        <li>
          <a href="/" className="inline-block rounded-lg bg-accent px-5 py-3 font-semibold text-on-accent hover:opacity-90">
            Go to the home page
          </a>
        </li>
        {guide && (
          <li>
            <a href={guide.href} className="inline-block rounded-lg border border-line bg-surface px-5 py-3 font-semibold text-ink hover:border-accent">
              Open the guide overview
            </a>
          </li>
        )}
      </ul>
    </div>
  );
}
