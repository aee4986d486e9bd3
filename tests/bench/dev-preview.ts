import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { poll } from './poll';

/** Body edits timed after the title edit: one save is too noisy to judge by on two cores. */
const BODY_EDITS = 5;

/**
 * How long `next dev` takes to show an editor's saved change, in a project copy that already
 * holds the content: first compile, a warm reload, then a title edit and BODY_EDITS body edits,
 * each timed from the save until the page served contains the change.
 */
export async function measureDevPreview(project: string, slug: string, port = 3600): Promise<{ firstLoad: number; warmLoad: number; titleEdit: number; bodyEdits: number[] }> {
  const server = spawn(path.resolve('node_modules/.bin/next'), ['dev', '-p', String(port), '-H', '127.0.0.1'], { cwd: project, stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}/articles/${slug}`;
  const page = async () => {
    try {
      return await (await fetch(url)).text();
    } catch {
      return '';
    }
  };
  const waitFor = async (marker: string, interval: number) => {
    const started = performance.now();
    await poll(`next dev did not show "${marker}" at ${url}`, async () => (await page()).includes(marker) || undefined, { every: interval, within: 180_000 });
    return Math.round(performance.now() - started);
  };
  try {
    const file = path.join(project, 'content/articles', `${slug}.mdx`);
    const source = fs.readFileSync(file, 'utf8');
    const title = /^title: "([^"]+)"/m.exec(source)![1];
    const firstLoad = await waitFor(title, 500);
    const warmStarted = performance.now();
    await page();
    const warmLoad = Math.round(performance.now() - warmStarted);
    fs.writeFileSync(file, source.replace(title, `Edited ${title}`));
    const titleEdit = await waitFor(`Edited ${title}`, 50);
    const bodyEdits: number[] = [];
    for (let edit = 1; edit <= BODY_EDITS; edit++) {
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n\n([A-Z])/, `\n\nFreshly edited sentence ${edit}. $1`));
      bodyEdits.push(await waitFor(`Freshly edited sentence ${edit}.`, 50));
    }
    return { firstLoad, warmLoad, titleEdit, bodyEdits };
  } finally {
    // Wait for the server to go, or it may still be writing .next/ while the caller removes the copy.
    const exited = new Promise((resolve) => server.once('exit', resolve));
    process.kill(-server.pid!, 'SIGTERM');
    await exited;
  }
}
