import { performance as clock } from 'node:perf_hooks';
import type { DevToolsBrowser } from './cdp';
import { poll, sleep } from './poll';

/** A mid-tier phone, as Lighthouse's mobile profile has it: 4x slower CPU than this machine. */
export const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, cpuSlowdown: 4 };

export interface Navigation {
  /** From the finger leaving the screen (the click) to the next page's first paint, ms. */
  ms: number;
  /** How the page arrived: the client router, a document load, or a prerendered document shown. */
  kind: 'client router' | 'document' | 'prerendered document';
}

// A client-side route change keeps the document: its paint is the frame after the new heading.
const watchRouterPaint = `addEventListener('DOMContentLoaded', () => {
  const first = document.querySelector('h1')?.textContent;
  new MutationObserver((_, observer) => {
    if (document.querySelector('h1')?.textContent === first) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (window.__routedPaint = performance.timeOrigin + performance.now())));
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
});`;

/** The new page's first paint once it is `path` and has painted; a prerendered page paints on activation. */
const paintOf = (path: string) => `(() => {
  if (window.__routedPaint) return { at: window.__routedPaint, kind: 'client router' };
  // A document of its own for the new page (the client router changes the address of the old one).
  const navigation = performance.getEntriesByType('navigation')[0];
  if (new URL(navigation.name).pathname !== ${JSON.stringify(path)} || document.prerendering) return undefined;
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  if (!paint) return undefined;
  const activation = navigation.activationStart ?? 0;
  return { at: performance.timeOrigin + Math.max(paint.startTime, activation), kind: activation > 0 ? 'prerendered document' : 'document' };
})()`;

/**
 * Loads `from` in a new tab as a reader arriving would, scrolls to its link to `to`, rests a finger
 * on it for 100 ms (a tap), lifts it, and times the first paint of `to`. The phone's screen, touch
 * and slow CPU apply to every page in the tab, a prerendered one included.
 */
export async function clickToPaint(browser: DevToolsBrowser, origin: string, from: string, to: string): Promise<Navigation> {
  const { targetId: tab } = await browser.send('Target.createTarget', { url: 'about:blank', forTab: true });
  const { sessionId: tabSession } = await browser.send('Target.attachToTarget', { targetId: tab, flatten: true });
  // Every page the tab holds (the one shown, and any prerendered) attaches here, paused until set up.
  const pages = new Set<string>();
  const stopListening = browser.on('Target.attachedToTarget', async ({ sessionId, targetInfo }) => {
    if (targetInfo.type !== 'page') return;
    const { viewport, deviceScaleFactor, cpuSlowdown } = PHONE;
    // Sent together: a page paused at its start answers them only once it runs.
    await Promise.all([
      browser.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown }, sessionId),
      browser.send('Emulation.setDeviceMetricsOverride', { ...viewport, deviceScaleFactor, mobile: true }, sessionId),
      browser.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 }, sessionId),
      browser.send('Page.enable', {}, sessionId),
      browser.send('Page.addScriptToEvaluateOnNewDocument', { source: watchRouterPaint }, sessionId),
      browser.send('Runtime.runIfWaitingForDebugger', {}, sessionId),
    ]);
    pages.add(sessionId);
  });
  const forgetDetached = browser.on('Target.detachedFromTarget', ({ sessionId }) => pages.delete(sessionId));
  const loaded = new Set<string>();
  const stopWatchingLoads = browser.on('Page.loadEventFired', (_, sessionId) => sessionId && loaded.add(sessionId));
  const evaluate = async (expression: string, sessionId: string) => {
    const { result, exceptionDetails } = await browser.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId);
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  };
  try {
    await browser.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, tabSession);
    const page = await poll('the tab showed no page', () => pages.values().next().value);
    await browser.send('Page.navigate', { url: `${origin}${from}` }, page);
    await poll(`${from} did not load`, () => loaded.has(page) || undefined);
    const point = await evaluate(
      `(() => {
        const link = [...document.querySelectorAll(${JSON.stringify(`main a[href="${to}"]`)})].filter((a) => a.checkVisibility()).pop();
        link.scrollIntoView({ block: 'center', behavior: 'instant' });
        const box = link.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      })()`,
      page,
    );
    // What a reader gives a page before tapping on: time for anything prefetched on sight to arrive.
    await sleep(1500);
    await browser.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] }, page);
    await sleep(100);
    const clicked = clock.timeOrigin + clock.now();
    await browser.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }, page);
    // The page shown may be the same target (a load or a route change) or a prerendered one.
    const painted = await poll(`${to} did not paint after the tap`, async () => {
      for (const sessionId of pages) {
        const paint = await evaluate(paintOf(to), sessionId).catch(() => undefined);
        if (paint) return paint as { at: number; kind: Navigation['kind'] };
      }
      return undefined;
    });
    return { ms: Math.round(painted.at - clicked), kind: painted.kind };
  } finally {
    stopListening();
    forgetDetached();
    stopWatchingLoads();
    await browser.send('Target.closeTarget', { targetId: tab }).catch(() => undefined);
  }
}
