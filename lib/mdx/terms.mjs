// Glossary terms marked in MDX as `<Term>ABIM</Term>` (or `<Term id="car-t">CAR T cells</Term>`)
// get their glossary id and their place among the page's marks of that term, in the rendered page
// (as a remark plugin of @next/mdx) and in the content check (lib/content), so both agree on which
// term each mark names. Plain JavaScript because the MDX loader imports it with Node.
import { slug } from 'github-slugger';

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
export function numberTerms(tree) {
  /** @type {Map<string, number>} */
  const seen = new Map();
  /** @param {any} node */
  const walk = (node) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Term') {
      const written = node.attributes.find((/** @type {any} */ item) => item.type === 'mdxJsxAttribute' && item.name === 'id');
      const id = typeof written?.value === 'string' ? written.value : slug(textOf(node).trim());
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

/** Remark plugin: see {@link numberTerms}. */
export default function remarkTerms() {
  return numberTerms;
}
