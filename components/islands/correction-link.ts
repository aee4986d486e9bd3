import { correctionHref, type CorrectionContext } from '@/lib/corrections';
import { define, Island } from './define';

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
 * "Suggest a correction" is a plain link to a prefilled report, rendered on the server. When the
 * reader came by a link to a heading (or follows one on the page), this makes the report name it.
 */
class CorrectionLink extends Island {
  protected start(signal: AbortSignal): void {
    const link = this.querySelector('a')!;
    const { destination, pageTitle, pageUrl } = this.dataset as { destination: string; pageTitle: string; pageUrl: string };
    const update = () => (link.href = correctionHref(destination, { pageTitle, pageUrl, heading: linkedHeading() }));
    update();
    addEventListener('hashchange', update, { signal });
  }
}

define('correction-link', CorrectionLink);
