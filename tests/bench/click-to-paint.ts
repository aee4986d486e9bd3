import { performance as clock } from 'node:perf_hooks';
import type { Browser } from '@playwright/test';

/** A mid-tier phone, as Lighthouse's mobile profile has it: 4x slower CPU than this machine. */
export const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, cpuSlowdown: 4 };

export interface Navigation {
  /** From the finger leaving the screen (the click) to the next page's first paint, ms. */
  ms: number;
  /** How the page arrived: the client router, a document load, or a prerendered document shown. */
  kind: 'client router' | 'document' | 'prerendered document';
}

declare global {
  interface Window {
    /** When the client router first painted a new page's heading (epoch ms). */
    __routedPaint?: number;
  }
}

/**
 * Loads `from` as a reader arriving would, scrolls to its link to `to`, rests a finger on it
 * for 100 ms (a tap), lifts it, and times the first paint of `to`.
 */
export async function clickToPaint(browser: Browser, origin: string, from: string, to: string): Promise<Navigation> {
  const { cpuSlowdown, ...device } = PHONE;
  const context = await browser.newContext(device);
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    // A client-side route change keeps the document: its paint is the frame after the new heading.
    await page.addInitScript(() =>
      addEventListener('DOMContentLoaded', () => {
        const first = document.querySelector('h1')?.textContent;
        new MutationObserver((_, observer) => {
          if (document.querySelector('h1')?.textContent === first) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => (window.__routedPaint = performance.timeOrigin + performance.now())));
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
    );
    await page.goto(`${origin}${from}`, { waitUntil: 'networkidle' });
    const link = page.locator(`main a[href="${to}"]:visible`).last();
    await link.scrollIntoViewIfNeeded();
    // What a reader gives a page before tapping on: time for anything prefetched on sight to arrive.
    await page.waitForTimeout(1500);
    const box = (await link.boundingBox())!;
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await page.waitForTimeout(100);
    const clicked = clock.timeOrigin + clock.now();
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForURL(`${origin}${to}`);
    const painted = await page.waitForFunction(() => {
      if (window.__routedPaint) return { at: window.__routedPaint, kind: 'client router' as const };
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & { activationStart?: number };
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      if (!paint || !navigation.name.endsWith(location.pathname)) return undefined;
      const activation = navigation.activationStart ?? 0;
      return { at: performance.timeOrigin + Math.max(paint.startTime, activation), kind: activation > 0 ? ('prerendered document' as const) : ('document' as const) };
    });
    const { at, kind } = (await painted.jsonValue())!;
    return { ms: Math.round(at - clicked), kind };
  } finally {
    await context.close();
  }
}
