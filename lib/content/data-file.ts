import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Diagnostic } from './diagnostics';
import { readYaml, YamlError, yamlFieldLines } from './yaml';
import { validateFrontmatter } from './validate';

/** A YAML file of the content folder, read and valid against its schema. */
export interface DataFile<T> {
  /** Path of the file as editors see it in messages. */
  sourceFile: string;
  data: T;
  /** The line of each field and list item (`terms[3]`, `terms[3].link`). */
  fieldLines: Record<string, number>;
}

/**
 * Reads `content/<name>` (the glossary, the search synonyms) and checks it against its schema. A
 * missing file is no file and no problem; a broken one is a diagnostic with its line, never an
 * exception.
 */
export function readDataFile<S extends z.ZodObject>(contentDir: string, name: string, schema: S): { file?: DataFile<z.infer<S>>; diagnostics: Diagnostic[] } {
  const file = path.join(contentDir, name);
  if (!fs.existsSync(file)) return { diagnostics: [] };
  const sourceFile = path.relative(process.cwd(), file) || file;
  const text = fs.readFileSync(file, 'utf8');
  let data: Record<string, unknown>;
  try {
    data = readYaml(text);
  } catch (cause) {
    if (!(cause instanceof YamlError)) throw cause;
    return { diagnostics: [{ severity: 'error', file: sourceFile, line: cause.line, message: cause.parses ? cause.reason : `not valid YAML: ${cause.reason}` }] };
  }
  const fieldLines = yamlFieldLines(text.split(/\r?\n/));
  const { frontmatter, diagnostics } = validateFrontmatter(schema, data, fieldLines, sourceFile);
  return { file: frontmatter && { sourceFile, data: frontmatter, fieldLines }, diagnostics };
}
