// Puts a page's text into parts, one for each level-two heading and what follows it, and one for
// any text before the first, so the stylesheet can let the browser skip styling and laying out
// the parts a reader has not scrolled near yet (`content-visibility: auto` in globals.css): on a
// long article that is most of the page, and most of the work a phone does before it responds.

/** Top-level nodes that render nothing here, and that MDX reads only at the top of the document. */
const OUTSIDE_PARTS = new Set(['yaml', 'mdxjsEsm']);

/**
 * Moves the top-level blocks of a page into `div[data-text-part]` nodes, a new one at every `##`
 * heading. Returns nothing; the tree is changed in place.
 * @param {import('mdast').Root} tree
 */
function wrapTextParts(tree) {
  /** @type {any[]} */
  const children = [];
  /** @type {any} */
  let part;
  for (const node of tree.children) {
    if (OUTSIDE_PARTS.has(node.type)) {
      children.push(node);
      continue;
    }
    if (!part || (node.type === 'heading' && node.depth === 2)) {
      part = { type: 'textPart', children: [], data: { hName: 'div', hProperties: { dataTextPart: '' } } };
      children.push(part);
    }
    part.children.push(node);
  }
  tree.children = children;
}

/** Remark plugin: see {@link wrapTextParts}. */
export default function remarkTextParts() {
  return wrapTextParts;
}
