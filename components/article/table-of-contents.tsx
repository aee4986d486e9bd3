import type { TocEntry } from '@/lib/content';

/** The page's headings as nested links; complete without JavaScript. Styled by `[data-toc]` in app/globals.css. */
export function TocList({ entries }: { entries: TocEntry[] }) {
  return (
    <ol>
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`}>{entry.text}</a>
          {entry.children.length > 0 && <TocList entries={entry.children} />}
        </li>
      ))}
    </ol>
  );
}

/**
 * The table of contents as a disclosure above the article, where the screen has no room beside
 * it (below `xl`). With scripts on, it stays at the top of the screen as the reader scrolls
 * (`[data-toc-bar]` in app/globals.css), names the section being read, and closes when an entry
 * is picked (components/islands/toc-highlight.ts); without them it stays where it is.
 */
export function TocDisclosure({ label, entries }: { label: string; entries: TocEntry[] }) {
  return (
    <details data-toc-bar className="group mt-8 rounded-lg border border-line bg-surface xl:hidden">
      <summary className="flex cursor-pointer list-none items-baseline gap-2 px-4 py-3 text-sm [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
          ›
        </span>
        <span className="font-semibold whitespace-nowrap text-ink">{label}</span>
        {/* For the eye only: screen readers move by headings, and a name that changed with every scroll would be noise. */}
        <span data-toc-current aria-hidden="true" className="min-w-0 truncate text-muted" />
      </summary>
      <nav aria-label={label} data-toc className="max-h-[60vh] overflow-y-auto border-t border-line px-4 py-3 text-sm">
        <TocList entries={entries} />
      </nav>
    </details>
  );
}
