import type { z } from 'zod';
import type { Diagnostic } from './diagnostics';
import { pageFrontmatterSchema, sectionFrontmatterSchema } from './schema';

type Schema = typeof pageFrontmatterSchema | typeof sectionFrontmatterSchema;

/**
 * Checks frontmatter against its schema. Each problem names the field, says what was
 * expected in the schema's own words, and points at the field's line.
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
      return issue.keys.map((key) => ({
        severity: 'error',
        file,
        line: fieldLines[key] ?? 1,
        message: `${key}: unknown field (allowed: ${Object.keys(schema.shape).join(', ')})`,
      }));
    }
    const field = String(issue.path[0] ?? '');
    const where = issue.path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index ? `.${String(part)}` : String(part))).join('');
    return [{ severity: 'error', file, line: fieldLines[field] ?? 1, message: `${where}: ${describeIssue(issue, schema, data)}` }];
  });
  return { diagnostics };
}

function describeIssue(issue: z.core.$ZodIssue, schema: Schema, data: Record<string, unknown>): string {
  const field = String(issue.path[0]);
  const hint = (schema.shape as Record<string, z.ZodType>)[field]?.description;
  if (issue.code === 'invalid_type' && issue.path.length === 1 && data[field] === undefined) {
    return `required field is missing${hint ? ` (${hint})` : ''}`;
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'string') {
    const value = issue.path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)?.[key], data);
    const length = typeof value === 'string' ? value.trim().length : 0;
    return `is ${length} characters long; ${hint ?? issue.message}`;
  }
  return `${issue.message}${hint && issue.code === 'invalid_type' ? ` (${hint})` : ''}`;
}
