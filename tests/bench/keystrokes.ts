import type { Browser, CDPSession, Page } from '@playwright/test';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';

/** Lighthouse's BenchmarkIndex of a mid-tier phone (a Pixel 5), as Chrome DevTools calibrates it. */
const MID_TIER_SCORE = 1000;

async function benchmarkIndex(page: Page, cdp: CDPSession, rate: number): Promise<number> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return page.evaluate(`(${pageFunctions.computeBenchmarkIndex})()`);
}

/**
 * The CPU slowdown that makes this machine score like a mid-tier phone on Lighthouse's
 * BenchmarkIndex: the bisection Chrome DevTools runs for its calibrated "mid-tier mobile" preset
 * (CalibrationController). A fixed 4x means a different phone on every machine.
 */
export async function calibrateMidTierRate(browser: Browser): Promise<{ rate: number; fullSpeedScore: number }> {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await benchmarkIndex(page, cdp, 1); // warm-up: let V8 optimise the benchmark
  const fullSpeedScore = await benchmarkIndex(page, cdp, 1);
  let lower = 1;
  let upper = (fullSpeedScore / MID_TIER_SCORE) * 1.5;
  let rate = lower;
  for (let step = 0; step < 8; step++) {
    rate = Number(((lower + upper) / 2).toFixed(2)); // Chromium keeps hundredths
    const score = await benchmarkIndex(page, cdp, rate);
    if (Math.abs(score - MID_TIER_SCORE) < 10) break;
    if (score < MID_TIER_SCORE) upper = rate;
    else lower = rate;
  }
  await page.close();
  return { rate, fullSpeedScore };
}

/**
 * Milliseconds from each query's input event in the open search dialog until its results are
 * in the DOM, styled and laid out (layout forced at that moment; only painting is left for the
 * frame), with the CPU slowed by `rate`: `rounds` rounds over the queries after a warm-up round.
 * Each query's results must differ from the one before, so the list always changes.
 */
export async function timeKeystrokes(page: Page, cdp: CDPSession, rate: number, queries: string[], rounds: number): Promise<number[]> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const times: number[] = [];
  for (let round = 0; round <= rounds; round++)
    for (const query of queries) {
      const time = await page.evaluate(
        (value) =>
          new Promise<number | undefined>((resolve) => {
            const input = document.getElementById('search-dialog-input') as HTMLInputElement;
            const list = document.getElementById('search-dialog-results')!;
            const started = performance.now();
            const observer = new MutationObserver(() => {
              observer.disconnect();
              void list.getBoundingClientRect();
              resolve(performance.now() - started);
            });
            observer.observe(list, { childList: true, subtree: true, characterData: true });
            setTimeout(() => resolve(undefined), 5000);
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        query,
      );
      // Let the snippets that follow arrive before the next query.
      await page.waitForTimeout(300);
      if (time === undefined) throw new Error(`search results did not change within 5 s for "${query}"`);
      if (round > 0) times.push(time);
    }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return times;
}
