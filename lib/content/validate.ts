import { z } from 'zod';
import type { Diagnostic } from './diagnostics';

type Schema = z.ZodObject;

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
  const diagnostics = result.error.issues.flatMap((issue): Diagnostic[] => {
    if (issue.code === 'unrecognized_keys') {
      const owner = issue.path.reduce<z.ZodType | undefined>((node, key) => fieldOf(node, key), schema);
      const allowed = owner instanceof z.ZodObject ? Object.keys(owner.shape) : [];
      const prefix = pathName(issue.path);
      return issue.keys.map((key) => {
        const path = prefix ? `${prefix}.${key}` : key;
        return { severity: 'error', file, line: fieldLines[path] ?? fieldLines[prefix] ?? 1, message: `${path}: unknown field (allowed: ${allowed.join(', ')})` };
      });
    }
    const paths = issue.path.map((_, end) => pathName(issue.path.slice(0, end + 1)));
    const where = paths.at(-1) ?? '';
    const line = paths.reduceRight<number | undefined>((found, path) => found ?? fieldLines[path], undefined) ?? 1;
    return [{ severity: 'error', file, line, message: `${where}: ${describeIssue(issue, schema, data)}` }];
  });
  return { diagnostics };
}

/** `sources[2].url` for the path ['sources', 2, 'url']. */
function pathName(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index ? `.${String(part)}` : String(part))).join('');
}

function describeIssue(issue: z.core.$ZodIssue, schema: Schema, data: Record<string, unknown>): string {
  const field = issue.path.reduce<z.ZodType | undefined>((node, key) => fieldOf(node, key), schema);
  const hint = field?.description;
  const value = issue.path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)?.[key], data);
  if (issue.code === 'invalid_type' && value === undefined) {
    return `required field is missing${hint ? ` (${hint})` : ''}`;
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'string') {
    const length = typeof value === 'string' ? value.trim().length : 0;
    return `is ${length} characters long; ${hint ?? issue.message}`;
  }
  return `${issue.message}${hint && issue.code === 'invalid_type' ? ` (${hint})` : ''}`;
}

/** The schema of one step into an object or array schema, to find a nested field's description. */
function fieldOf(schema: z.ZodType | undefined, key: PropertyKey): z.ZodType | undefined {
  let inner = schema;
  while (inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  if (inner instanceof z.ZodObject) return (inner.shape as Record<string, z.ZodType>)[String(key)];
  if (inner instanceof z.ZodArray && typeof key === 'number') return inner.element as z.ZodType;
  return undefined;
}
