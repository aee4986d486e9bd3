// One function gives every heading its id, in the rendered page (as a remark plugin of
// @next/mdx) and in the table of contents and content check (lib/content): they cannot drift.
// Plain JavaScript because the MDX loader imports it with Node, before any TypeScript step.
import GithubSlugger from 'github-slugger';
import { spaced } from './ids.mjs';
import { asciiAlphanumeric } from 'micromark-util-character';

/**
 * Text of a heading as a reader sees it: text and inline code, without image alt text or
 * MDX expressions (which have no text until they run).
 * @param {import('mdast').Node} node
 * @returns {string}
 */
function headingText(node) {
  if (node.type === 'text' || node.type === 'inlineCode') return /** @type {any} */ (node).value;
  if (node.type === 'image' || node.type === 'headingId' || node.type.startsWith('mdxFlow') || node.type === 'mdxTextExpression') return '';
  const children = /** @type {any} */ (node).children;
  return Array.isArray(children) ? children.map(headingText).join('') : '';
}

/**
 * Sets `data.id` and `data.hProperties.id` on every heading of a tree: the explicit
 * `{#custom-id}` written after the heading text when there is one, else a GitHub-style slug
 * of the text, numbered when repeated. Each table gets the text of the heading it sits under
 * (`data-section`), which names its scrolling region for screen readers (components/mdx).
 * Returns nothing; the tree is changed in place.
 * @param {import('mdast').Root} tree
 */
function assignHeadingIds(tree) {
  const slugger = new GithubSlugger();
  let section = '';
  walk(tree, (node, parent) => {
    if (node.type === 'table' && section) {
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, 'data-section': section } };
      return;
    }
    if (node.type === 'headingId') {
      // Only a heading may carry an explicit id; anywhere else it is ordinary text.
      if (parent?.type !== 'heading') Object.assign(node, { type: 'text', value: `{#${node.value}}` });
      return;
    }
    if (node.type !== 'heading') return;
    const explicit = node.children.find((child) => child.type === 'headingId');
    node.children = node.children.filter((child) => child.type !== 'headingId');
    trimTrailingSpace(node);
    const text = headingText(node).trim();
    const id = explicit ? /** @type {any} */ (explicit).value : slugger.slug(spaced(text));
    node.data = { ...node.data, id, text, explicitId: Boolean(explicit), hProperties: { ...node.data?.hProperties, id } };
    section = text;
  });
}

/** @param {any} heading */
function trimTrailingSpace(heading) {
  const last = heading.children.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
}

/** @param {any} node @param {(node: any, parent: any) => void} visit @param {any} [parent] */
function walk(node, visit, parent) {
  visit(node, parent);
  if (Array.isArray(node.children)) for (const child of [...node.children]) walk(child, visit, node);
}

/**
 * Remark plugin: parses `{#custom-id}` (which MDX would otherwise read as a broken JavaScript
 * expression) and assigns heading ids with {@link assignHeadingIds}.
 * @this {import('unified').Processor}
 */
export default function remarkHeadingIds() {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(headingIdSyntax);
  (data.fromMarkdownExtensions ??= []).push(headingIdFromMarkdown);
  return assignHeadingIds;
}

/** @param {number | null} code */
const isIdCharacter = (code) => code !== null && (asciiAlphanumeric(code) || code === 45 /* - */ || code === 95 /* _ */);

/** `{#id}`: tried before MDX's expression syntax, which would reject `#` as JavaScript. */
const headingIdConstruct = {
  name: 'headingId',
  add: 'before',
  /** @type {import('micromark-util-types').Tokenizer} */
  tokenize(effects, ok, nok) {
    return start;
    /** @type {import('micromark-util-types').State} */
    function start(code) {
      effects.enter('headingId');
      effects.enter('headingIdMarker');
      effects.consume(code); // {
      return hash;
    }
    /** @type {import('micromark-util-types').State} */
    function hash(code) {
      if (code !== 35 /* # */) return nok(code);
      effects.consume(code);
      effects.exit('headingIdMarker');
      return first;
    }
    /** @type {import('micromark-util-types').State} */
    function first(code) {
      if (!isIdCharacter(code)) return nok(code);
      effects.enter('headingIdValue');
      effects.consume(code);
      return rest;
    }
    /** @type {import('micromark-util-types').State} */
    function rest(code) {
      if (isIdCharacter(code)) {
        effects.consume(code);
        return rest;
      }
      if (code !== 125 /* } */) return nok(code);
      effects.exit('headingIdValue');
      effects.enter('headingIdMarker');
      effects.consume(code);
      effects.exit('headingIdMarker');
      effects.exit('headingId');
      return ok;
    }
  },
};

const headingIdSyntax = { text: { 123: headingIdConstruct } };

const headingIdFromMarkdown = {
  enter: {
    /** @param {any} token */
    headingId(token) {
      this.enter({ type: 'headingId', value: '' }, token);
    },
    /** @param {any} token */
    headingIdValue(token) {
      this.stack.at(-1).value = this.sliceSerialize(token);
    },
  },
  exit: {
    /** @param {any} token */
    headingId(token) {
      this.exit(token);
    },
  },
};
