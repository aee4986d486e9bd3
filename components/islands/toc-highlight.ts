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

/** An entry's name beside the disclosure's summary: "Sources" says whose in the whole guide, where every part has them. */
function nameOf(link: HTMLAnchorElement): string {
  const text = link.textContent ?? '';
  const twins = [...link.closest('nav')!.querySelectorAll('a')].filter((other) => other.textContent === text).length > 1;
  const parent = link.parentElement?.parentElement?.closest('li')?.querySelector(':scope > a');
  return twins && parent ? `${parent.textContent}: ${text}` : text;
}

/**
 * Marks the table-of-contents link of the heading being read with aria-current. The TOC is
 * server-rendered; this only moves one attribute as the reader scrolls. On phones and tablets,
 * where the TOC is a disclosure that stays at the top of the screen (TocDisclosure), it also
 * names that heading beside the summary once the reader has reached one, and closes like a menu:
 * when the reader picks an entry (so the heading is not left under the open list), presses
 * Escape (focus goes back to the summary, still at the top of the screen) or taps elsewhere.
 */
class TocHighlight extends Island {
  protected start(signal: AbortSignal): void {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
    const headings = [...new Set(links.map((link) => idOf(link.hash)))].map((id) => document.getElementById(id)).filter((heading) => heading !== null);
    const disclosure = document.querySelector<HTMLDetailsElement>('details[data-toc-bar]');
    const named = disclosure?.querySelector('[data-toc-current]');
    let frame = 0;
    const update = () => {
      frame = 0;
      const top = (heading: HTMLElement) => heading.getBoundingClientRect().top;
      // A heading just linked to (by its id or an old alias) is the one being read while it is in view near the top,
      // even when the next heading is close below it or the page cannot scroll it any higher.
      const target = location.hash && document.getElementById(idOf(location.hash))?.closest('h2, h3');
      const linked = headings.find((heading) => heading === target && top(heading) >= -1 && top(heading) <= innerHeight / 2);
      const reached = linked ?? headings.findLast((heading) => top(heading) <= READING_LINE);
      const reading = reached ?? headings[0];
      for (const link of links) {
        if (reading && idOf(link.hash) === reading.id) {
          link.setAttribute('aria-current', 'true');
          keepInView(link);
        } else link.removeAttribute('aria-current');
      }
      if (!named) return;
      const entry = reached && links.find((link) => disclosure!.contains(link) && idOf(link.hash) === reached.id);
      const name = entry ? nameOf(entry) : '';
      if (named.textContent !== name) named.textContent = name;
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    // First after the page has painted: measured then, the headings cost no layout of their own.
    requestAnimationFrame(() => setTimeout(schedule));
    addEventListener('scroll', schedule, { passive: true, signal });
    addEventListener('hashchange', schedule, { signal });
    signal.addEventListener('abort', () => cancelAnimationFrame(frame));
    if (!disclosure) return;
    const close = () => {
      disclosure.open = false;
    };
    disclosure.addEventListener(
      'click',
      (event) => {
        // With a modifier the entry opens in a new tab or window, and the reader stays here.
        if ((event.target as Element).closest('a') && !(event.ctrlKey || event.metaKey || event.shiftKey)) close();
      },
      { signal },
    );
    disclosure.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape' || !disclosure.open) return;
        close();
        disclosure.querySelector('summary')!.focus();
      },
      { signal },
    );
    document.addEventListener(
      'pointerdown',
      (event) => {
        if (disclosure.open && !disclosure.contains(event.target as Node)) close();
      },
      { signal },
    );
    // Opened, the list shows the entry being read, even where it scrolls inside itself.
    disclosure.addEventListener('toggle', () => disclosure.open && schedule(), { signal });
  }
}

define('toc-highlight', TocHighlight);
