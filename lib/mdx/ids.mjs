// Ids made from text, for headings and glossary terms: a GitHub-style slug, with a no-break space
// (typed by some editors, pasted from Word) read as the space it looks like, so the id is the one
// an editor would guess. Plain JavaScript because the MDX loader imports it with Node.
import { slug } from 'github-slugger';

/**
 * The text with no-break spaces as ordinary ones.
 * @param {string} text
 * @returns {string}
 */
export function spaced(text) {
  return text.replace(/\u00A0/g, ' ');
}

/**
 * The id of a glossary term or its `<Term>` mark: `tumor board` → `tumor-board`.
 * @param {string} text
 * @returns {string}
 */
export function idOf(text) {
  return slug(spaced(text));
}
