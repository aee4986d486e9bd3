import type { ReactNode } from 'react';
import type { ComponentProps } from '@/lib/content/components';
import { typeset } from '@/lib/mdx/typography.mjs';

const styles = {
  note: { label: 'Note', className: 'border-accent bg-accent-soft' },
  tip: { label: 'Tip', className: 'border-tip bg-tip-soft' },
  warning: { label: 'Warning', className: 'border-warning bg-warning-soft' },
} as const;

/** A boxed aside: `<Callout type="tip" title="…">…</Callout>`; type is note, tip or warning. */
export function Callout({ type = 'note', title, children }: ComponentProps<'Callout'> & { children: ReactNode }) {
  const style = styles[type] ?? styles.note;
  const heading = title === undefined ? style.label : typeset(title);
  return (
    <aside aria-label={heading} className={`not-prose my-8 rounded-r-lg border-l-4 px-5 py-4 font-sans ${style.className}`}>
      <p className="text-sm font-semibold tracking-wide text-ink uppercase">{heading}</p>
      <div className="mt-2 space-y-3 text-base leading-relaxed text-ink [&_a]:text-accent [&_a]:underline [&_ul]:list-disc [&_ul]:pl-5">{children}</div>
    </aside>
  );
}
