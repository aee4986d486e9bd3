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
