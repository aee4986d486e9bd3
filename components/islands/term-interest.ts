import { define, Island } from './define';

/**
 * Where the browser has interest invokers, glossary terms open on hover and focus as well as on
 * click. Their `interestfor` attribute is not in the HTML standard yet, so it is set here, once for
 * every term on the page and only where it works, rather than served in the page.
 */
class TermInterest extends Island {
  protected start(): void {
    if (!('interestForElement' in HTMLButtonElement.prototype)) return;
    for (const term of document.querySelectorAll<HTMLButtonElement>('button[data-term]')) term.setAttribute('interestfor', term.getAttribute('popovertarget')!);
  }
}

define('term-interest', TermInterest);
