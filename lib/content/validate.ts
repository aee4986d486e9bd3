import pluralize from 'pluralize';
import { z } from 'zod';
import type { Diagnostic } from './diagnostics';
import { nearest } from './nearest';

type Schema = z.ZodObject;

/**
 * One way data fails its schema: where, as a key for its line (`sources[2].url`) and as an editor
 * would say it (`source "nrmp-2025", url`), and what was expected, in the schema's words.
 */
export interface SchemaProblem {
  path: string;
  label: string;
  message: string;
}

/**
 * What is wrong with data against a schema: each problem names the field (or, for a component,
 * the prop: `noun`), with what was expected in the schema's own words.
 */
export function schemaProblems(schema: Schema, data: Record<string, unknown>, noun = 'field'): SchemaProblem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  const missing = new Set(result.error.issues.filter((issue) => issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined).map((issue) => pathName(issue.path)));
  // A misspelled field is one mistake: reported on its own line with the name meant, not also as that field missing.
  const meant = new Set<string>();
  const problems = result.error.issues.flatMap((issue): SchemaProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      const owner = issue.path.reduce<z.ZodType | undefined>((node, key) => fieldOf(node, key), schema);
      const allowed = owner instanceof z.ZodObject ? Object.keys(owner.shape) : [];
      const prefix = pathName(issue.path);
      const at = (key: string) => (prefix ? `${prefix}.${key}` : key);
      // A name already given cannot be the one a typo meant.
      const given = (valueAt(data, issue.path) as Record<string, unknown> | undefined) ?? {};
      const unused = allowed.filter((name) => !(name in given));
      return issue.keys.map((key) => {
        const guess = nearest(key, unused);
        if (guess && missing.has(at(guess))) meant.add(at(guess));
        return { path: at(key), label: placeLabel([...issue.path, key], data), message: guess ? `unknown ${noun}: did you mean ${guess}?` : `unknown ${noun} (allowed: ${allowed.join(', ')})` };
      });
    }
    return [{ path: pathName(issue.path), label: placeLabel(issue.path, data), message: describeIssue(issue, schema, data, noun) }];
  });
  return problems.filter((problem) => !(meant.has(problem.path) && missing.has(problem.path)));
}

/** The value at a path in the data, or undefined. */
function valueAt(data: Record<string, unknown>, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)?.[key], data);
}

/**
 * Checks frontmatter (or the glossary file) against its schema. Each problem names the field,
 * says what was expected in the schema's own words, and points at the field's line.
 */
export function validateFrontmatter<S extends Schema>(
  schema: S,
  data: Record<string, unknown>,
  fieldLines: Record<string, number>,
  file: string,
): { frontmatter?: z.infer<S>; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(data);
  if (result.success) return { frontmatter: result.data as z.infer<S>, diagnostics: [] };
  const diagnostics = schemaProblems(schema, data).map(({ path, label, message }): Diagnostic => ({ severity: 'error', file, line: lineOfPath(path, fieldLines, 1), message: `${label}: ${message}` }));
  return { diagnostics };
}

/** The most specific line known for a path: that of sources[2].url, else of sources[2], else of sources, else `fallback`. */
export function lineOfPath(path: string, lines: Record<string, number>, fallback: number): number {
  const prefixes = path.split(/(?=[.[])/).map((_, end, parts) => parts.slice(0, end + 1).join(''));
  return prefixes.reduceRight<number | undefined>((found, prefix) => found ?? lines[prefix], undefined) ?? fallback;
}

/**
 * A place in the data as an editor names it, not counting from 0: an entry of a list by its id,
 * term or label (`source "nrmp-2025", url`, `term "CAR-T", definition`), a text entry by its text
 * (`tag "Career"`), and an entry with neither by its number (`group 2`).
 */
export function placeLabel(path: readonly PropertyKey[], data: unknown): string {
  const parts: string[] = [];
  let node = data;
  path.forEach((part, index) => {
    const entry = (node as Record<PropertyKey, unknown> | undefined)?.[part];
    if (typeof part === 'number') {
      const list = typeof path[index - 1] === 'string' ? String(parts.pop()) : undefined;
      const name = entryName(entry);
      const noun = list && pluralize.singular(list);
      parts.push(name ? (noun ? `${noun} ${name}` : name) : `${noun ?? 'entry'} ${part + 1}`);
    } else parts.push(String(part));
    node = entry;
  });
  return parts.join(', ');
}

/** What tells one entry of a list from the others, quoted: its text, or its id, term, label or title. */
function entryName(entry: unknown): string | undefined {
  const record = entry as Record<string, unknown> | undefined;
  const name = typeof entry === 'string' ? entry : [record?.id, record?.term, record?.label, record?.title].find((value) => typeof value === 'string' && value.trim());
  if (typeof name !== 'string') return undefined;
  return `"${name.length > 40 ? `${name.slice(0, 40)}…` : name}"`;
}

/** `sources[2].url` for the path ['sources', 2, 'url']: the key of its line in `fieldLines`. */
function pathName(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index ? `.${String(part)}` : String(part))).join('');
}

function describeIssue(issue: z.core.$ZodIssue, schema: Schema, data: Record<string, unknown>, noun: string): string {
  const field = issue.path.reduce<z.ZodType | undefined>((node, key) => fieldOf(node, key), schema);
  const hint = field?.description;
  const value = valueAt(data, issue.path);
  if (issue.code === 'invalid_type' && value === undefined) {
    return `required ${noun} is missing${hint ? ` (${hint})` : ''}`;
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'string') {
    const length = typeof value === 'string' ? value.trim().length : 0;
    const limit = issue.code === 'too_small' ? `too short: at least ${issue.minimum}` : `too long: at most ${issue.maximum}`;
    return `${length === 0 ? 'is empty' : `is ${length} characters long, ${limit}`}; ${hint ?? issue.message}`;
  }
  const plain = plainIssue(issue, value);
  if (plain) return `${plain}${hint && issue.code === 'invalid_type' ? ` (${hint})` : ''}`;
  return `${issue.message}${hint && issue.code === 'invalid_type' ? ` (${hint})` : ''}`;
}

/**
 * Zod's wording ("Invalid input: expected int, received number") in an editor's words, with the
 * value as written, for the ways a hand-typed value is most often wrong.
 */
function plainIssue(issue: z.core.$ZodIssue, value: unknown): string | undefined {
  // A schema's own message says it better than any general one.
  if (!/^(Invalid input|Invalid option|Too small|Too big)\b/.test(issue.message)) return undefined;
  const found = `found ${typeof value === 'string' ? `"${value}"` : Array.isArray(value) ? 'a list' : String(value)}`;
  if (issue.code === 'invalid_type') {
    if (issue.expected === 'boolean') return `must be true or false; ${found}`;
    if (issue.expected === 'int') return `must be a whole number; ${found}`;
    if (issue.expected === 'number') return `must be a number${typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? ', written without quotes' : ''}; ${found}`;
    if (issue.expected === 'array') return `must be a list in square brackets, such as [first, second]; ${found}`;
    if (issue.expected === 'string') return `must be text; ${found}`;
    return undefined;
  }
  if (issue.code === 'invalid_value' && issue.values.length > 1) {
    const options = issue.values.map((option) => String(option));
    return `must be ${options.slice(0, -1).join(', ')} or ${options.at(-1)}; ${found}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'array') return `give at least ${issue.minimum === 1 ? 'one' : String(issue.minimum)}`;
  if (issue.code === 'too_small' && issue.origin === 'number') return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}; ${found}`;
  if (issue.code === 'too_big' && issue.origin === 'number') return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}; ${found}`;
  return undefined;
}

/** The schema of one step into an object or array schema, to find a nested field's description. */
function fieldOf(schema: z.ZodType | undefined, key: PropertyKey): z.ZodType | undefined {
  let inner = schema;
  while (inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  if (inner instanceof z.ZodObject) return (inner.shape as Record<string, z.ZodType>)[String(key)];
  if (inner instanceof z.ZodArray && typeof key === 'number') return inner.element as z.ZodType;
  return undefined;
}
