// Printer's quotes and apostrophes (’ ‘ ” “) for the typewriter ones editors type (' "), in page
// text and in every other string readers see (frontmatter, glossary, component props), by one set
// of rules (SmartyPants). Plain JavaScript because the MDX loader imports it with Node, before any
// TypeScript step.
import remarkSmartypants from 'remark-smartypants';
import { visit } from 'unist-util-visit';

// Quotes only: dashes and ellipses are typed as editors mean them (the guide writes — and …),
// and a `--` or `...` turned into something else would surprise them.
const OPTIONS = { quotes: true, dashes: false, ellipses: false, backticks: false };

/**
 * Remark plugin: curls the quotes of every text node, pairing them across emphasis and links
 * (`"**bold**"`); code is left as typed.
 * @returns {(tree: import('mdast').Root) => void}
 */
export default function remarkTypography() {
  return curl;
}

const smartypants = remarkSmartypants(OPTIONS);

/**
 * A year cut short ('25, '90s) starts with an apostrophe, which SmartyPants reads as an opening
 * quote unless an "s" follows: it is set first, where a word begins.
 */
const SHORT_YEAR = /(^|[\s(\[“‘—–-])'(?=\d\ds?\b)/g;

/** @param {import('mdast').Root} tree */
function curl(tree) {
  visit(tree, 'text', (node) => {
    node.value = node.value.replace(SHORT_YEAR, '$1’');
  });
  smartypants(tree);
}

/** Strings already typeset: the dev preview re-reads every source's title on each save. */
const typesetStrings = new Map();

/**
 * A plain string with its quotes curled as page text is: any string readers see outside the page
 * text, such as a title, a source, a glossary entry or a component's prop.
 * @param {string} text
 * @returns {string}
 */
export function typeset(text) {
  let curled = typesetStrings.get(text);
  if (curled === undefined) {
    /** @type {import('mdast').Text} */
    const node = { type: 'text', value: text };
    curl({ type: 'root', children: [{ type: 'paragraph', children: [node] }] });
    curled = node.value;
    typesetStrings.set(text, curled);
  }
  return curled;
}
