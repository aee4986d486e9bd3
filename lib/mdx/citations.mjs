// Citations written `[@source-id]` (or `[@one; @two]`, Pandoc's syntax) become `<Cite>` elements,
// in the rendered page (as a remark plugin of @next/mdx) and in the content check (lib/content),
// so the markers readers click and the citations the check counts are the same ones.
// Plain JavaScript because the MDX loader imports it with Node, before any TypeScript step.

/** `[@id]` or `[@id; @other]`; ids are matched loosely so the check can name a malformed one. */
const CITATION = /\[@([^\]\s;]+)((?:\s*;\s*@[^\]\s;]+)*)\]/g;

/** Nodes whose text is not prose: a citation written there stays as typed. */
const SKIPPED = new Set(['code', 'inlineCode', 'link', 'linkReference', 'yaml', 'mdxFlowExpression', 'mdxTextExpression']);

/**
 * Replaces each citation in the tree's text with one `Cite` element per source, carrying
 * `id` and `n` (1 for the first citation of that source on the page, 2 for the next…), so
 * every marker has its own anchor to link back to. Positions are kept for error messages.
 * @param {import('mdast').Root} tree
 */
function replaceCitations(tree) {
  /** @type {Map<string, number>} */
  const seen = new Map();
  walk(tree, (node) => {
    if (!Array.isArray(node.children)) return;
    node.children = node.children.flatMap((child) => (child.type === 'text' ? splitText(child, seen) : [child]));
  });
}

/** @param {any} node @param {(node: any) => void} visit */
function walk(node, visit) {
  if (SKIPPED.has(node.type)) return;
  visit(node);
  if (Array.isArray(node.children)) for (const child of node.children) walk(child, visit);
}

/**
 * @param {import('mdast').Text} text
 * @param {Map<string, number>} seen
 * @returns {any[]}
 */
function splitText(text, seen) {
  const value = text.value;
  /** @type {any[]} */
  const parts = [];
  let last = 0;
  for (const match of value.matchAll(CITATION)) {
    const start = match.index;
    if (start > last) parts.push({ type: 'text', value: value.slice(last, start) });
    const position = positionAt(text, value, start, match[0].length);
    const ids = [match[1], ...match[2].split(';').slice(1).map((part) => part.trim().slice(1))];
    for (const id of ids) {
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      parts.push({
        type: 'mdxJsxTextElement',
        name: 'Cite',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'id', value: id },
          { type: 'mdxJsxAttribute', name: 'n', value: String(n) },
        ],
        children: [],
        position,
      });
    }
    last = start + match[0].length;
  }
  if (parts.length === 0) return [text];
  if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
  return parts;
}

/**
 * Where a match inside a text node starts and ends in the file. Exact when the node's text
 * is the source text (no escapes or entities before the match), else the node's own start.
 * @param {import('mdast').Text} text @param {string} value @param {number} start @param {number} length
 */
function positionAt(text, value, start, length) {
  const origin = text.position?.start;
  if (!origin) return undefined;
  const before = value.slice(0, start);
  const lines = before.split('\n');
  const line = origin.line + lines.length - 1;
  const column = lines.length > 1 ? lines.at(-1).length + 1 : origin.column + start;
  return { start: { line, column }, end: { line, column: column + length } };
}

/** Remark plugin: see {@link replaceCitations}. */
export default function remarkCitations() {
  return replaceCitations;
}
