import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import { createElement, type ComponentType } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { readSite } from '@/lib/content/site';
import { remarkPluginNames } from '@/lib/mdx/remark-plugins.mjs';

/** A complete, valid page body: enough headings for a TOC and a link into the guide. */
export const body = `Intro paragraph.

## First part

Some text about fellowship training.

### A detail

More text.

## Second part

Closing text.
`;

export function frontmatter(fields: Record<string, string>): string {
  const defaults: Record<string, string> = {
    title: 'A page title',
    description: 'A description long enough to pass the fifty character minimum check.',
    updated: '2026-01-15',
    tags: '[training]',
  };
  const merged = { ...defaults, ...fields };
  const lines = Object.entries(merged)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n`;
}

/** A minimal valid guide: overview and two sections. */
export function validGuide(): Record<string, string> {
  return {
    'guides/demo/index.mdx': frontmatter({ title: 'Demo guide' }) + body,
    'guides/demo/alpha.mdx': frontmatter({ title: 'Alpha', order: '1', tags: '[training, fellowship]' }) + body,
    'guides/demo/beta.mdx': frontmatter({ title: 'Beta', order: '2', tags: '[research]' }) + body,
  };
}

/** Writes files into a fresh content folder (with a public/ beside it) and returns its path. */
export function writeContent(files: Record<string, string>, publicFiles: string[] = []): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  const contentDir = path.join(root, 'content');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(contentDir, name)), { recursive: true });
    fs.writeFileSync(path.join(contentDir, name), text);
  }
  for (const name of publicFiles) {
    fs.mkdirSync(path.dirname(path.join(root, 'public', name)), { recursive: true });
    fs.writeFileSync(path.join(root, 'public', name), 'x');
  }
  return contentDir;
}

export function load(files: Record<string, string>, options: { includeDrafts?: boolean; publicFiles?: string[] } = {}) {
  return readSite({ contentDir: writeContent(files, options.publicFiles), includeDrafts: options.includeDrafts ?? false });
}

/** Error messages only, as `file-name:line: message` with the file's base name. */
export function errors(site: ReturnType<typeof readSite>): string[] {
  return site.diagnostics
    .filter((diagnostic) => diagnostic.severity === 'error')
    .map((diagnostic) => `${path.basename(diagnostic.file)}:${diagnostic.line}: ${diagnostic.message}`);
}

/**
 * Compiles MDX with exactly the plugins next.config.mjs gives @next/mdx (name, or [name, options]
 * as the loader takes them) and renders it to HTML with the given components.
 */
export async function renderMdx(source: string, components: Record<string, unknown> = {}): Promise<string> {
  const remarkPlugins = await Promise.all(
    remarkPluginNames.map(async (plugin) => {
      const [name, options] = typeof plugin === 'string' ? [plugin] : plugin;
      const { default: attacher } = await import(name);
      return options ? [attacher, options] : attacher;
    }),
  );
  const { default: Content } = await evaluate(source, { ...runtime, remarkPlugins });
  return renderToStaticMarkup(createElement(Content as ComponentType<{ components: object }>, { components }));
}
