'use client';

import { useEffect } from 'react';

/** Heading tops above this line (px from the top of the viewport) count as being read. */
const READING_LINE = 120;

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
      const reading = headings.findLast((heading) => heading.getBoundingClientRect().top <= READING_LINE) ?? headings[0];
      const target = location.hash.slice(1);
      // Just after a jump to a heading near the page end, the one jumped to is the one being read.
      const current = headings.some((heading) => heading.id === target) && window.innerHeight + window.scrollY >= document.body.scrollHeight - 2 ? target : reading?.id;
      for (const link of links) {
        if (link.hash === `#${current}`) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
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
