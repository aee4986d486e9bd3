import matter from 'gray-matter';
import { parse, YAMLParseError } from 'yaml';

/** YAML that does not parse: what is wrong, and the line (1-based) of the text where it broke. */
export class YamlError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
  ) {
    super(reason);
  }
}

/**
 * A YAML document as YAML 1.2's core schema reads it (the `yaml` package). A date stays the text
 * written, so an impossible one such as 2026-02-30 reaches the schema and is reported; a YAML 1.1
 * reader would already have rolled it over to March 2. Errors say what is wrong ("Missing closing
 * "quote", "Map keys must be unique"). A leading byte-order mark, which some Windows editors
 * write, is dropped.
 */
export function readYaml(text: string): Record<string, unknown> {
  const source = text.replace(/^\uFEFF/, '');
  try {
    return parse(source, { prettyErrors: false }) ?? {};
  } catch (cause) {
    if (!(cause instanceof YAMLParseError)) throw cause;
    // An error at the end of the text (a list never closed with ]) points at its last line, not past it.
    const line = Math.min(source.slice(0, cause.pos[0]).split('\n').length, source.trimEnd().split('\n').length);
    const hint = likelyCause(source.split('\n')[line - 1] ?? '');
    throw new YamlError(hint ? `${cause.message} (${hint})` : cause.message, line);
  }
}

/**
 * What an editor most likely did on a line YAML refused, which the parser's own wording cannot
 * see: a value opened with a curly quote (which does not quote it), a no-break space, or a colon
 * inside an unquoted value. A curly apostrophe inside a word is harmless and not blamed.
 */
function likelyCause(line: string): string | undefined {
  const field = /^(\s*(?:-\s+)?[\w-]+):\s+(.*)$/.exec(line);
  if (field && /^[“‘]/.test(field[2])) return 'curly quotes do not quote text in YAML: type straight quotes, "like this"';
  if (line.includes('\u00A0')) return 'this line has a no-break space, which YAML does not read as a space: retype the spaces';
  if (field && /^[^"'[{|>]/.test(field[2]) && field[2].includes(': ')) return `a value with ": " in it goes in double quotes: ${field[1].trim()}: "${field[2].replaceAll('"', '\\"')}"`;
  return undefined;
}

/**
 * An MDX file's frontmatter fields, read by {@link readYaml}; an error's line is the file's.
 * gray-matter finds the block and hands it over from just after the opening `---`, so the block's
 * first line is that line's end and its lines are the file's. Passing options also keeps
 * gray-matter from caching a parse by content, a failed one included.
 */
export function readFrontmatter(source: string): Record<string, unknown> {
  return matter(source, { engines: { yaml: readYaml } }).data;
}

/**
 * Lines (1-based) of a block-style YAML document's keys: top-level ones (`sources`), the items
 * of its lists (`sources[2]`) and the keys inside those items (`sources[2].url`), so a message
 * can point at the entry that is wrong rather than at the start of a long list. Lines before
 * `from` (0-based) are skipped.
 */
export function yamlFieldLines(lines: readonly string[], from = 0): Record<string, number> {
  const fieldLines: Record<string, number> = {};
  let key: string | undefined;
  let item = -1;
  for (let index = from; index < lines.length; index++) {
    const line = lines[index];
    const topKey = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (topKey) {
      key = topKey;
      item = -1;
      if (!(topKey in fieldLines)) fieldLines[topKey] = index + 1;
      continue;
    }
    const entry = /^\s+-\s*(?:([A-Za-z_][\w-]*)\s*:)?/.exec(line);
    if (key && entry) {
      item++;
      fieldLines[`${key}[${item}]`] = index + 1;
      if (entry[1]) fieldLines[`${key}[${item}].${entry[1]}`] = index + 1;
      continue;
    }
    const nested = /^\s+([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key && item >= 0 && nested) fieldLines[`${key}[${item}].${nested}`] ??= index + 1;
  }
  return fieldLines;
}
