import { define, Island } from './define';

/** Heading tops above this line (px from the top of the viewport) count as being read. */
const READING_LINE = 120;

/** Scrolls a long TOC (the whole guide's) within itself so its current entry shows; the page itself does not move. */
function keepInView(link: HTMLElement) {
  const list = link.closest('nav');
  if (!list || list.scrollHeight <= list.clientHeight || list.checkVisibility() === false) return;
  const top = link.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop;
  if (top < list.scrollTop || top + link.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top - list.clientHeight / 3;
}

const idOf = (hash: string) => decodeURIComponent(hash.slice(1));

/**
 * Marks the table-of-contents link of the heading being read with aria-current. The TOC is
 * server-rendered; this only moves one attribute as the reader scrolls. On phones and tablets,
 * where the TOC is a disclosure that stays at the top of the screen (TocDisclosure), it also
 * names that heading beside the summary, and closes the disclosure when the reader picks an
 * entry (so the heading is not left under the open list) or presses Escape.
 */
class TocHighlight extends Island {
  protected start(signal: AbortSignal): void {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
    const named = document.querySelector('[data-toc-current]');
    const headings = [...new Set(links.map((link) => idOf(link.hash)))].map((id) => document.getElementById(id)).filter((heading) => heading !== null);
    const disclosure = document.querySelector<HTMLDetailsElement>('details[data-toc-bar]');
    disclosure?.addEventListener('click', (event) => (event.target as Element).closest('a') && (disclosure.open = false), { signal });
    disclosure?.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape' || !disclosure.open) return;
        disclosure.open = false;
        disclosure.querySelector('summary')!.focus();
      },
      { signal },
    );
    let frame = 0;
    const update = () => {
      frame = 0;
      const top = (heading: HTMLElement) => heading.getBoundingClientRect().top;
      // A heading just linked to (by its id or an old alias) is the one being read while it is in view near the top,
      // even when the next heading is close below it or the page cannot scroll it any higher.
      const target = location.hash && document.getElementById(idOf(location.hash))?.closest('h2, h3');
      const linked = headings.find((heading) => heading === target && top(heading) >= -1 && top(heading) <= innerHeight / 2);
      const reading = linked ?? headings.findLast((heading) => top(heading) <= READING_LINE) ?? headings[0];
      for (const link of links) {
        if (reading && idOf(link.hash) === reading.id) {
          link.setAttribute('aria-current', 'true');
          keepInView(link);
          if (named) named.textContent = link.textContent;
        } else link.removeAttribute('aria-current');
      }
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    // First after the page has painted: measured then, the headings cost no layout of their own.
    requestAnimationFrame(() => setTimeout(schedule));
    addEventListener('scroll', schedule, { passive: true, signal });
    addEventListener('hashchange', schedule, { signal });
    signal.addEventListener('abort', () => cancelAnimationFrame(frame));
  }
}

define('toc-highlight', TocHighlight);
