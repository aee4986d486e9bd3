'use client';

import { useEffect, useState } from 'react';
import { correctionHref, type CorrectionContext } from '@/lib/corrections';

/** The heading a `#fragment` lands on (its id or an old alias), with the text a reader sees. */
function linkedHeading(): CorrectionContext['heading'] {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const heading = target?.closest<HTMLElement>('h2[id], h3[id], h4[id]');
  if (!heading) return undefined;
  const copy = heading.cloneNode(true) as HTMLElement;
  for (const tools of copy.querySelectorAll('[data-heading-tools]')) tools.remove();
  return { id: heading.id, text: copy.textContent?.trim() ?? '' };
}

/**
 * "Suggest a correction": a plain link to a prefilled report, rendered on the server. When the
 * reader came by a link to a heading (or follows one on the page), the report names it too.
 */
export function CorrectionLink({ destination, pageTitle, pageUrl }: { destination: string; pageTitle: string; pageUrl: string }) {
  const [heading, setHeading] = useState<CorrectionContext['heading']>();
  useEffect(() => {
    const update = () => setHeading(linkedHeading());
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return (
    <a href={correctionHref(destination, { pageTitle, pageUrl, heading })} className="text-accent underline underline-offset-2">
      Suggest a correction
    </a>
  );
}
