import { idOf } from '../mdx/ids.mjs';
import type { z } from 'zod';
import { readDataFile } from './data-file';
import type { Diagnostic } from './diagnostics';
import type { Heading } from './parse';
import type { Page } from './site';
import { glossarySchema, glossaryTermSchema } from './schema';

/** Where editors keep the glossary, inside the content folder. */
export const GLOSSARY_FILE = 'glossary.yaml';

/** A glossary entry as the site uses it: its id always set, and the line it starts on. */
export type GlossaryEntry = z.infer<typeof glossaryTermSchema> & { id: string; line: number };

export interface Glossary {
  /** Path of the file as editors see it in messages. */
  sourceFile: string;
  /** Alphabetical by term, ignoring case. */
  entries: GlossaryEntry[];
}

/**
 * Reads and validates `content/glossary.yaml`. A missing file is an empty glossary; a broken
 * one is a diagnostic with its line, never an exception.
 */
export function readGlossary(contentDir: string): { glossary?: Glossary; diagnostics: Diagnostic[] } {
  // A file with errors comes back as diagnostics and no glossary; the terms on pages are then left unchecked.
  const { file, diagnostics } = readDataFile(contentDir, GLOSSARY_FILE, glossarySchema);
  if (!file) return { diagnostics };
  const entries = file.data.terms
    .map((entry, index) => ({ ...entry, id: entry.id ?? idOf(entry.term), line: file.fieldLines[`terms[${index}]`] ?? 1 }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  return { glossary: { sourceFile: file.sourceFile, entries }, diagnostics };
}

/**
 * The page an entry's `link` points at and, for a #fragment, the fragment and the heading with that
 * id (missing when the page has none).
 */
export function linkedPlace<P extends Pick<Page, 'href' | 'headings'>>(link: string, pages: readonly P[]): { page: P; fragment?: string; heading?: Heading } | undefined {
  const [path, fragment] = link.split('#', 2);
  const page = pages.find((candidate) => candidate.href === path.replace(/\/$/, ''));
  if (!page) return undefined;
  return { page, fragment, heading: fragment ? page.headings.find((candidate) => candidate.id === fragment) : undefined };
}

/**
 * What an entry's `link` points at, in words, for its link text: the page's title, then the
 * heading its #fragment names ("Education and training requirements: Licensing exams").
 */
export function linkTarget(link: string, pages: readonly Pick<Page, 'href' | 'frontmatter' | 'headings'>[]): string | undefined {
  const place = linkedPlace(link, pages);
  if (!place) return undefined;
  return place.heading ? `${place.page.frontmatter.title}: ${place.heading.text}` : place.page.frontmatter.title;
}
