/**
 * Admits link checks so that at most `concurrency` run at once, at most one per host, and a
 * host's next check starts no sooner than `hostGapMs` after its previous one ended: a
 * publisher sees one polite visitor, never a burst. A check holds its place from `acquire` to
 * `release`; checks without a host (the site's own pages) count only toward `concurrency`.
 */
export class Throttle {
  private running = 0;
  private readonly busyHosts = new Set<string>();
  private readonly lastEnded = new Map<string, number>();
  /** URLs being checked, with the host each one holds (undefined: holds no host). */
  private readonly held = new Map<string, string | undefined>();
  private readonly waiting: { url: string; host?: string; start: () => void }[] = [];
  private wakeTimer?: NodeJS.Timeout;

  constructor(
    private readonly concurrency: number,
    private readonly hostGapMs: number,
  ) {}

  /** Resolves when the check of `url` may start. */
  acquire(url: string, host?: string): Promise<void> {
    return new Promise((start) => {
      this.waiting.push({ url, host, start });
      this.admit();
    });
  }

  /** Ends the check of `url`; a URL that holds no place is ignored. */
  release(url: string): void {
    if (!this.held.has(url)) return;
    const host = this.held.get(url);
    this.held.delete(url);
    this.running--;
    if (host !== undefined) {
      this.busyHosts.delete(host);
      this.lastEnded.set(host, Date.now());
    }
    this.admit();
  }

  /** Starts every waiting check that may start now, in arrival order; wakes up for the next gap to end. */
  private admit(): void {
    let wakeAt = Infinity;
    for (const entry of [...this.waiting]) {
      if (this.running >= this.concurrency) return;
      if (entry.host !== undefined) {
        if (this.busyHosts.has(entry.host)) continue;
        const readyAt = (this.lastEnded.get(entry.host) ?? -Infinity) + this.hostGapMs;
        if (readyAt > Date.now()) {
          wakeAt = Math.min(wakeAt, readyAt);
          continue;
        }
        this.busyHosts.add(entry.host);
      }
      this.waiting.splice(this.waiting.indexOf(entry), 1);
      this.running++;
      this.held.set(entry.url, entry.host);
      entry.start();
    }
    if (wakeAt < Infinity) {
      clearTimeout(this.wakeTimer);
      this.wakeTimer = setTimeout(() => this.admit(), wakeAt - Date.now());
    }
  }
}
