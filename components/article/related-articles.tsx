import { RELATED_HEADING_ID } from '@/lib/content/layout-ids';
import type { Page } from '@/lib/content';

/** What to read next: chosen at build time from shared tags and similar text. */
export function RelatedArticles({ pages }: { pages: Page[] }) {
  if (pages.length === 0) return null;
  return (
    <section aria-labelledby={RELATED_HEADING_ID} className="mt-12">
      <h2 id={RELATED_HEADING_ID} className="text-xl font-semibold text-ink">
        Related reading
      </h2>
      <ul className="mt-4 grid gap-3">
        {pages.map((page) => (
          <li key={page.href}>
            <a href={page.href} className="group block rounded-lg border border-line bg-surface p-4 hover:border-accent">
              <span className="block font-semibold text-ink group-hover:text-accent group-hover:underline">{page.frontmatter.title}</span>
              <span className="mt-1 block text-sm text-muted">{page.frontmatter.description}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
