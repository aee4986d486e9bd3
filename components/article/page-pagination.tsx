import type { Page } from '@/lib/content';

/** Previous and next pages of the guide, with rel links for browsers and assistive tools. */
export function PagePagination({ previous, next }: { previous?: Page; next?: Page }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next" className="mt-12 grid gap-3 border-t border-line pt-6 sm:grid-cols-2">
      {previous && (
        <a rel="prev" href={previous.href} className="group rounded-lg border border-line bg-surface p-4 hover:border-accent">
          <span className="block text-sm text-muted">Previous</span>
          <span className="mt-1 block font-semibold text-ink group-hover:text-accent">{previous.frontmatter.title}</span>
        </a>
      )}
      {next && (
        <a rel="next" href={next.href} className="group rounded-lg border border-line bg-surface p-4 text-right hover:border-accent sm:col-start-2">
          <span className="block text-sm text-muted">Next</span>
          <span className="mt-1 block font-semibold text-ink group-hover:text-accent">{next.frontmatter.title}</span>
        </a>
      )}
    </nav>
  );
}
