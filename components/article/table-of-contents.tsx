import type { TocEntry } from '@/lib/content';

/** The page's headings as nested links; complete without JavaScript. */
export function TocList({ entries, nested = false }: { entries: TocEntry[]; nested?: boolean }) {
  return (
    <ol className={nested ? 'mt-1 ml-3 space-y-1 border-l border-line pl-3' : 'space-y-1.5'}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <a
            href={`#${entry.id}`}
            // The current entry changes color and its rule, never its weight: bold text could rewrap and shift the list.
            className="-ml-px block border-l-2 border-transparent py-0.5 pl-2 text-muted hover:text-accent aria-[current=true]:border-accent aria-[current=true]:text-accent"
          >
            {entry.text}
          </a>
          {entry.children.length > 0 && <TocList entries={entry.children} nested />}
        </li>
      ))}
    </ol>
  );
}
