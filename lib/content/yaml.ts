import matter from 'gray-matter';
import { parseDocument, visit } from 'yaml';
import { lineAt } from './prose';

/** YAML that does not parse, or would not say what the editor wrote: what is wrong, and the line (1-based) of the text. */
export class YamlError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    /** The text parses, but not as it reads: a value cut short by a comment, or its first word taken as an anchor or a tag. */
    readonly parses = false,
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
export function readYaml(text: string, fields?: ReadonlySet<string>): Record<string, unknown> {
  const source = text.replace(/^\uFEFF/, '');
  const document = parseDocument(source, { prettyErrors: false });
  const [cause] = document.errors;
  if (cause) {
    // An error at the end of the text (a list never closed with ]) points at its last line, not past it.
    const lines = source.split('\n');
    const line = Math.min(lineAt(source, 1, cause.pos[0]), source.trimEnd().split('\n').length);
    // YAML blames the value above a key indented too far, which it read as part of that value.
    const overIndented = cause.code === 'BLOCK_AS_IMPLICIT_KEY' ? keyIndentedUnder(lines[line - 1] ?? '', lines[line] ?? '', fields) : undefined;
    if (overIndented) throw new YamlError(overIndented, line + 1);
    // YAML finds a quote never closed only where the frontmatter ends; the editor needs the line it opens on.
    const opened = /missing closing .?quote/i.test(cause.message) ? unclosedQuote(lines.slice(0, line)) : undefined;
    if (opened) throw new YamlError(`${opened.field}: this value's ${opened.quote} is never closed: end the value with ${opened.quote} on the same line`, opened.line);
    // Likewise a list opened with [ and never closed, found only on the line after it.
    const list = /^Flow sequence/.test(cause.message) ? unclosedList(lines.slice(0, line)) : undefined;
    if (list) throw new YamlError(`${list.field}: this list's [ is never closed: end it with ] on the same line`, list.line);
    // A field of a list entry indented off its neighbors reads to YAML as a new entry without its "-".
    const misaligned = cause.code === 'MISSING_CHAR' ? misalignedField(lines[line - 2] ?? '', lines[line - 1] ?? '') : undefined;
    if (misaligned) throw new YamlError(misaligned, line);
    const hint = likelyCause(lines[line - 1] ?? '');
    throw new YamlError(hint ? `${cause.message} (${hint})` : cause.message, line);
  }
  // "title: The #1 question" is the title "The": a " #" starts a comment, and YAML drops the rest
  // of the line without a word. A comment on a line of its own is left alone. Likewise
  // "title: &Co careers" and "title: !Update on …" lose their first word as an anchor or a tag.
  visit(document, {
    Scalar(_key, node) {
      const prefix = node.anchor !== undefined ? `&${node.anchor}` : node.tag?.startsWith('!') ? node.tag : undefined;
      if (node.type === 'PLAIN' && prefix && node.range) {
        throw new YamlError(
          `YAML reads "${prefix}" as its own syntax and drops it, leaving "${String(node.value)}": put the whole value in double quotes`,
          lineAt(source, 1, node.range[0]),
          true,
        );
      }
      if (node.type !== 'PLAIN' || node.comment === undefined || !node.range) return;
      const [start, valueEnd, nodeEnd] = node.range;
      const after = source.slice(valueEnd, nodeEnd);
      const hash = after.indexOf('#');
      if (hash === -1 || after.slice(0, hash).includes('\n')) return;
      const dropped = after.slice(hash).split('\n')[0].trim();
      throw new YamlError(
        `YAML reads "${dropped}" as a comment and drops it, leaving "${String(node.value)}": put the whole value in double quotes, or a note on a line of its own`,
        lineAt(source, 1, start),
        true,
      );
    },
  });
  return (document.toJS() as Record<string, unknown> | null) ?? {};
}


/**
 * The first `key: "value` line among `lines` whose quote is not closed on it, and its 1-based line:
 * everything after it up to the error was read as part of that value.
 */
function unclosedQuote(lines: readonly string[]): { field: string; quote: string; line: number } | undefined {
  for (const [index, line] of lines.entries()) {
    const field = /^\s*(?:-\s+)?([\w-]+):\s+(["'])(.*)$/.exec(line);
    if (!field) continue;
    const [, name, quote, rest] = field;
    // Inside double quotes \" is a quote in the text; inside single quotes '' is.
    const closed = quote === '"' ? /"/.test(rest.replace(/\\./g, '')) : /'/.test(rest.replaceAll("''", ''));
    if (!closed) return { field: name, quote, line: index + 1 };
  }
  return undefined;
}

/** The last `key: [` line among `lines` whose list is not closed on it, and its 1-based line. */
function unclosedList(lines: readonly string[]): { field: string; line: number } | undefined {
  for (let index = lines.length - 1; index >= 0; index--) {
    const field = /^\s*(?:-\s+)?([\w-]+):\s+\[[^\]]*$/.exec(lines[index]);
    if (field) return { field: field[1], line: index + 1 };
  }
  return undefined;
}

/** For a `key:` line indented differently from the `key:` line above it in the same list entry: the fix. */
function misalignedField(above: string, line: string): string | undefined {
  const aboveKey = /^(\s*(?:-\s+)?)[\w-]+:/.exec(above);
  const key = /^(\s*)([\w-]+):/.exec(line);
  if (!aboveKey || !key || aboveKey[1].length === key[1].length) return undefined;
  return `"${key[2]}" is indented ${key[1].length} spaces and the field above it ${aboveKey[1].length}: start "${key[2]}:" where the other fields of its entry start`;
}

/**
 * For a `key:` line indented further than the `key: value` line above it: what YAML made of it,
 * and the fix. A word that is no field (one of `fields`, or any lowercase name when they are not
 * known) is the value above going on to the next line, with a colon in it.
 */
function keyIndentedUnder(line: string, next: string, fields?: ReadonlySet<string>): string | undefined {
  const above = /^(\s*(?:-\s+)?)([\w-]+):\s+\S/.exec(line);
  const key = /^(\s+)([\w-]+):/.exec(next);
  if (!above || !key || key[1].length <= above[1].length) return undefined;
  // The field names are known only for a field's value; under a map such as aliases, keys are anyone's.
  if (!(fields?.has(above[2]) ? fields.has(key[2]) : /^[a-z]/.test(key[2]))) return `the value of "${above[2]}" goes on to the next line, where "${key[2]}: " reads as a new field: put the whole value in double quotes`;
  return `"${key[2]}" is indented further than "${above[2]}" on the line above, so YAML reads it as part of that value: start "${key[2]}:" where "${above[2]}:" starts`;
}

/**
 * What an editor most likely did on a line YAML refused, which the parser's own wording cannot
 * see: a value opened with a curly quote (which does not quote it), a no-break space, a value that
 * starts with a character YAML reads as its own syntax ([, *, @), or a colon inside an unquoted
 * value. A curly apostrophe inside a word is harmless and not blamed.
 */
function likelyCause(line: string): string | undefined {
  const field = /^(\s*(?:-\s+)?[\w-]+):\s+(.*)$/.exec(line);
  if (field && /^[“‘]/.test(field[2])) return 'curly quotes do not quote text in YAML: type straight quotes, "like this"';
  if (line.includes('\u00A0')) return 'this line has a no-break space, which YAML does not read as a space: retype the spaces';
  if (field && /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')\s*[^\s#]/.test(field[2])) return 'text after the closing quote is not part of the value: put all of it inside the quotes';
  // [Draft] …, *Match* …, @handle: YAML reads the first character as its own syntax (a list, an alias, reserved).
  if (field && /^[[{*&!@`%|>]/.test(field[2]) && !/^\[.*\]\s*$|^\{.*\}\s*$|^[|>][-+]?\s*$/.test(field[2])) {
    return `a value that starts with ${field[2][0]} is read as YAML syntax, not text: put the whole value in double quotes, ${field[1].trim()}: "${field[2].replaceAll('"', '\\"')}"`;
  }
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
