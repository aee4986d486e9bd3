import { define, Island } from './define';

/**
 * Where the browser has interest invokers, glossary terms open on hover as well as on click. Their
 * `interestfor` attribute is not in the HTML standard yet, so it is set here, once for every term on
 * the page and only where it works, rather than served in the page.
 *
 * Not on keyboard focus: interest shows the definition half a second after focus, so a reader who
 * pressed Enter and then Escape saw it open again, and one who waited before Enter closed it. Tabbing
 * through a paragraph would also open every term it passed. So while a term has keyboard focus it
 * has no `interestfor`, and Enter is what opens it.
 */
class TermInterest extends Island {
  protected start(signal: AbortSignal): void {
    if (!('interestForElement' in HTMLButtonElement.prototype)) return;
    const giveInterest = (term: HTMLButtonElement) => term.setAttribute('interestfor', term.getAttribute('popovertarget')!);
    document.querySelectorAll<HTMLButtonElement>('button[data-term]').forEach(giveInterest);
    document.addEventListener(
      'focusin',
      (event) => {
        const term = event.target;
        if (term instanceof HTMLButtonElement && term.matches('button[data-term]:focus-visible')) term.removeAttribute('interestfor');
      },
      { signal },
    );
    document.addEventListener(
      'focusout',
      (event) => {
        const term = event.target;
        if (term instanceof HTMLButtonElement && term.matches('button[data-term]')) giveInterest(term);
      },
      { signal },
    );
  }
}

define('term-interest', TermInterest);
