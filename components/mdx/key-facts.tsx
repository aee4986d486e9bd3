import type { ReactNode } from 'react';
import type { ComponentProps } from '@/lib/content/components';
import { typeset } from '@/lib/mdx/typography.mjs';

/** A short list of the facts to remember from a page: `<KeyFacts title="…">` around a Markdown list. */
export function KeyFacts({ title = 'Key facts', children }: ComponentProps<'KeyFacts'> & { children: ReactNode }) {
  const heading = typeset(title);
  return (
    <aside aria-label={heading} className="not-prose my-8 rounded-lg border border-line bg-surface px-5 py-4 font-sans">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">{heading}</p>
      <div className="mt-3 text-base leading-relaxed text-ink [&_li>a]:text-accent [&_li>a]:underline [&_li]:mt-2 [&_li]:pl-1 [&_strong]:font-semibold [&_ul]:list-disc [&_ul]:pl-5">{children}</div>
    </aside>
  );
}
