// Glossary terms marked in MDX as `<Term>ABIM</Term>` (or `<Term id="car-t">CAR T cells</Term>`)
// get their glossary id and their place among the page's marks of that term, in the rendered page
// (as a remark plugin of @next/mdx) and in the content check (lib/content), so both agree on which
// term each mark names. Plain JavaScript because the MDX loader imports it with Node.
import { idOf } from './ids.mjs';

/** @param {any} node @returns {string} */
function textOf(node) {
  if (typeof node.value === 'string') return node.value;
  return Array.isArray(node.children) ? node.children.map(textOf).join('') : '';
}

/**
 * Gives every `Term` element an `id` (the one written, else the slug of its text, as the
 * glossary derives ids from terms) and `n`: 1 for the page's first mark of that term, 2 for
 * the next…, so each mark's popover has an id of its own.
 * @param {import('mdast').Root} tree
 */
function numberTerms(tree) {
  /** @type {Map<string, number>} */
  const seen = new Map();
  /** @param {any} node */
  const walk = (node) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Term') {
      const written = node.attributes.find((/** @type {any} */ item) => item.type === 'mdxJsxAttribute' && item.name === 'id');
      const id = typeof written?.value === 'string' ? written.value : idOf(textOf(node).trim());
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      node.attributes = [
        ...node.attributes.filter((/** @type {any} */ item) => !(item.type === 'mdxJsxAttribute' && (item.name === 'id' || item.name === 'n'))),
        { type: 'mdxJsxAttribute', name: 'id', value: id },
        { type: 'mdxJsxAttribute', name: 'n', value: String(n) },
      ];
    }
    if (Array.isArray(node.children)) node.children.forEach(walk);
  };
  walk(tree);
}

/** Punctuation that belongs to the word beside it: an opening bracket or quote before, closing ones after. */
const LEADING = /[([{“‘"']$/;
const TRAILING = /^[)\]}”’"'.,;:!?]+/;

/**
 * A term is a button, which a line may break around like an image: "(" at the end of one line,
 * "USMLE)" at the start of the next. Punctuation touching a term moves with it into a span the
 * site's CSS keeps on one line (`[data-term-group]`); the text stays the same.
 * @param {import('mdast').Root} tree
 */
function groupTermPunctuation(tree) {
  /** @param {any} node */
  const walk = (node) => {
    if (!Array.isArray(node.children) || node.name === 'Term') return;
    const children = [];
    for (let index = 0; index < node.children.length; index++) {
      const child = node.children[index];
      const isTerm = child.type === 'mdxJsxTextElement' && child.name === 'Term';
      if (!isTerm) {
        walk(child);
        children.push(child);
        continue;
      }
      const previous = children.at(-1);
      const next = node.children[index + 1];
      const lead = previous?.type === 'text' ? LEADING.exec(previous.value)?.[0] : undefined;
      const trail = next?.type === 'text' ? TRAILING.exec(next.value)?.[0] : undefined;
      if (!lead && !trail) {
        children.push(child);
        continue;
      }
      if (lead) previous.value = previous.value.slice(0, -lead.length);
      if (trail) next.value = next.value.slice(trail.length);
      children.push({
        type: 'mdxJsxTextElement',
        name: 'span',
        attributes: [{ type: 'mdxJsxAttribute', name: 'data-term-group', value: '' }],
        children: [...(lead ? [{ type: 'text', value: lead }] : []), child, ...(trail ? [{ type: 'text', value: trail }] : [])],
        position: child.position,
      });
    }
    node.children = children.filter((child) => child.type !== 'text' || child.value !== '');
  };
  walk(tree);
}

/** Remark plugin: numbers terms ({@link numberTerms}), then groups them with their punctuation ({@link groupTermPunctuation}). */
export default function remarkTerms() {
  return (/** @type {import('mdast').Root} */ tree) => {
    numberTerms(tree);
    groupTermPunctuation(tree);
  };
}
