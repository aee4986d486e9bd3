'use client';

import { useEffect } from 'react';

/** Heading tops above this line (px from the top of the viewport) count as being read. */
const READING_LINE = 120;

/** Scrolls a long TOC (the whole guide's) within itself so its current entry shows; the page itself does not move. */
function keepInView(link: HTMLElement) {
  const list = link.closest('nav');
  if (!list || list.scrollHeight <= list.clientHeight || list.checkVisibility() === false) return;
  const top = link.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop;
  if (top < list.scrollTop || top + link.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top - list.clientHeight / 3;
}

/**
 * Marks the table-of-contents link of the heading being read with aria-current. The TOC is
 * server-rendered; this only moves one attribute as the reader scrolls.
 */
export function TocHighlighter({ ids }: { ids: string[] }) {
  useEffect(() => {
    const headings = ids.map((id) => document.getElementById(id)).filter((element) => element !== null);
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
    let frame = 0;
    const update = () => {
      frame = 0;
      const top = (heading: HTMLElement) => heading.getBoundingClientRect().top;
      // A heading just linked to (by its id or an old alias) is the one being read while it is in view near the top,
      // even when the next heading is close below it or the page cannot scroll it any higher.
      const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)))?.closest('h2, h3');
      const linked = headings.find((heading) => heading === target && top(heading) >= -1 && top(heading) <= window.innerHeight / 2);
      const reading = linked ?? headings.findLast((heading) => top(heading) <= READING_LINE) ?? headings[0];
      for (const link of links) {
        if (link.hash === `#${reading?.id}`) {
          link.setAttribute('aria-current', 'true');
          keepInView(link);
        } else link.removeAttribute('aria-current');
      }
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('hashchange', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('hashchange', schedule);
      cancelAnimationFrame(frame);
    };
  }, [ids]);
  return null;
}
