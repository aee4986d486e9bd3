import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { poll } from './poll';

/** Builds the production site with the project's own build command. */
export function buildSite(): void {
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Resident memory of a process and its descendants, in MiB (Linux /proc). */
export function treeMemoryMiB(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const parent = Number(fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      (children.get(parent) ?? children.set(parent, []).get(parent)!).push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  let kib = 0;
  const visit = (id: number) => {
    try {
      kib += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      return;
    }
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(pid);
  return Math.round(kib / 1024);
}

/** Starts `next start` for the project in `cwd` on a loopback port and waits until it answers. */
export async function startServer(port: number, cwd = process.cwd()): Promise<{ origin: string; pid: number; stop: () => void }> {
  const server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd, stdio: 'ignore', detached: true });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const answers = () => fetch(origin).then((response) => response.ok || undefined, () => undefined);
  // A server that never answers is stopped, not left holding the port.
  await poll(`next start did not answer at ${origin}`, answers, { every: 200 }).catch((error) => {
    stop();
    throw error;
  });
  return { origin, pid: server.pid!, stop };
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  return `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The nearest-rank percentile: the smallest value at least `percent`% of the values do not exceed. */
export function percentile(values: number[], percent: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((percent / 100) * sorted.length) - 1)];
}

/** A Markdown table from a header row and rows of cells. */
export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, index) => (index ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

/** Replaces (or adds) the section of docs/benchmarks.md that starts with `heading`. */
export function recordSection(heading: string, body: string): void {
  const file = 'docs/benchmarks.md';
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n\nMeasured by the scripts in `tests/bench/`. Each section is rewritten by its script.\n';
  const section = `${heading}\n\n${body.trim()}\n`;
  const start = current.indexOf(`${heading}\n`);
  if (start === -1) {
    fs.writeFileSync(file, `${current.trimEnd()}\n\n${section}`);
    return;
  }
  const next = current.indexOf('\n## ', start + heading.length);
  fs.writeFileSync(file, `${current.slice(0, start)}${section}${next === -1 ? '' : current.slice(next)}`);
}

/**
 * Builds an earlier commit beside this checkout for a side-by-side run, and returns its directory:
 * a git worktree in .bench-base/ with a hard-linked copy of this node_modules (Turbopack will not
 * follow a symlink out of the project). A worktree already there is rebuilt.
 */
export function buildBase(ref: string): string {
  const dir = path.resolve('.bench-base', ref.replace(/[^\w.-]/g, '_'));
  if (!fs.existsSync(dir)) execFileSync('git', ['worktree', 'add', '--detach', dir, ref], { stdio: 'ignore' });
  if (!fs.existsSync(path.join(dir, 'node_modules'))) execFileSync('cp', ['-al', 'node_modules', path.join(dir, 'node_modules')]);
  execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return dir;
}
