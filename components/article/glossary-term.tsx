import type { ReactNode } from 'react';
import type { GlossaryEntry } from '@/lib/content/glossary';

/**
 * A glossary term marked in the text. The term is a button that opens its definition in place
 * with the HTML popover (click, tap, Enter; Escape or a click elsewhere closes it; hover too where
 * the browser has interest invokers). The definition is also the button's description, so screen
 * readers announce it, and the popover links to the glossary. The popover sits in the
 * top layer, anchored under the term (its invoker, so no anchor names), so nothing around it moves.
 * Hover is wired up by the term-interest island (components/islands/term-interest.ts), once per page.
 * Styled by `[data-term]` and `[data-term-popover]` in app/globals.css, not per element: a guide section marks 7 to 27 terms.
 */
export function GlossaryTerm({ entry, n, idPrefix = '', children }: { entry: GlossaryEntry; n: number; idPrefix?: string; children: ReactNode }) {
  const id = `${idPrefix}term-${entry.id}-${n}`;
  return (
    <>
      <button
        type="button"
        popoverTarget={id}
        aria-describedby={`${id}-definition`}
        data-term
      >
        {children}
      </button>
      <span id={id} popover="auto" data-term-popover>
        <span id={`${id}-definition`}>
          <strong>{entry.term}</strong>
          {entry.expansion && <> ({entry.expansion})</>}: {entry.definition}
        </span>{' '}
        <a href={`/glossary#${entry.id}`}>In the glossary</a>
      </span>
    </>
  );
}
