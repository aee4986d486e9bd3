'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A glossary term: a button that opens its definition (the popover `popover`) on click, tap or
 * Enter. Where the browser has interest invokers it also opens on hover and focus; their
 * `interestfor` attribute is not in the HTML standard yet, so it is added here, only where it
 * works, rather than served in the page.
 */
export function TermButton({ popover, children }: { popover: string; children: ReactNode }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if ('interestForElement' in HTMLButtonElement.prototype) button.current?.setAttribute('interestfor', popover);
  }, [popover]);
  return (
    <button
      ref={button}
      type="button"
      popoverTarget={popover}
      aria-describedby={`${popover}-definition`}
      className="cursor-help rounded-sm font-[inherit] text-[length:inherit] text-inherit underline decoration-muted decoration-dotted decoration-1 underline-offset-4 hover:decoration-accent"
    >
      {children}
    </button>
  );
}
