// A Chromium driven over the DevTools protocol directly, through `--remote-debugging-pipe`, for the
// one measurement Playwright cannot make: Playwright attaches to every page target, and Chrome
// refuses to prerender for a client attached that way (`PrerenderingDisabledByDevTools`). A client
// attached to the tab target instead, as here, sees prerendering as readers get it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tools/chromium';

type Message = { id?: number; method?: string; params?: any; sessionId?: string; result?: any; error?: { message: string } };
export type EventListener = (params: any, sessionId: string | undefined) => void;

export interface DevToolsBrowser {
  send(method: string, params?: object, sessionId?: string): Promise<any>;
  on(method: string, listener: EventListener): () => void;
  close(): void;
}

/** Launches Chromium headless with the project's launch options and a DevTools pipe. */
export function launchDevToolsBrowser(): DevToolsBrowser {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-cdp-'));
  const { executablePath, args } = chromiumLaunchOptions('--headless=new', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank');
  const child = spawn(executablePath ?? chromium.executablePath(), args, {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (result: any) => void; reject: (error: Error) => void; method: string; timer: NodeJS.Timeout }>();
  /** Ends a call with its result, or with why it has none. */
  const settle = (id: number, error: string | undefined, result?: any) => {
    const call = waiting.get(id);
    if (!call) return;
    waiting.delete(id);
    clearTimeout(call.timer);
    if (error) call.reject(new Error(`${call.method}: ${error}`));
    else call.resolve(result);
  };
  child.once('exit', (code, signal) => {
    // A call Chromium will never answer fails instead of holding the bench.
    for (const id of waiting.keys()) settle(id, `Chromium exited (${signal ?? code})`);
    // Chrome's helper processes may still be writing the profile as the browser exits.
    fs.rm(profile, { recursive: true, force: true, maxRetries: 5 }, () => undefined);
  });
  const listeners = new Map<string, Set<EventListener>>();
  let buffered = '';
  // Messages are JSON, each ended by a NUL byte.
  fromBrowser.on('data', (chunk: Buffer) => {
    const parts = (buffered + chunk.toString('utf8')).split('\0');
    buffered = parts.pop()!;
    for (const part of parts) {
      const message = JSON.parse(part) as Message;
      if (message.id !== undefined) settle(message.id, message.error?.message, message.result);
      else if (message.method) for (const listener of listeners.get(message.method) ?? []) listener(message.params, message.sessionId);
    }
  });
  return {
    send(method, params = {}, sessionId) {
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        // A navigation to a server that never answers would otherwise wait on Chrome's own network timeout.
        waiting.set(id, { resolve, reject, method, timer: setTimeout(() => settle(id, 'no answer within 60 s'), 60_000) });
        toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
      });
    },
    on(method, listener) {
      if (!listeners.has(method)) listeners.set(method, new Set());
      listeners.get(method)!.add(listener);
      return () => listeners.get(method)!.delete(listener);
    },
    close() {
      child.kill();
    },
  };
}
