import pluralize from 'pluralize';
import { readDataFile } from './data-file';
import type { Diagnostic } from './diagnostics';
import { searchSynonymsSchema } from './schema';
import { usSpelling } from '../spelling';

/** Where editors keep the search synonyms, inside the content folder. */
export const SEARCH_SYNONYMS_FILE = 'search-synonyms.yaml';

/**
 * Reads `content/search-synonyms.yaml`: groups of words a reader may search with for one thing
 * ("maternity" where the guide says "parental"), which the search index lets find each other.
 * A missing file is no groups. A word in two groups, counting a plural as its singular (search
 * looks a word up by its lemma, so "salaries" would join "salary"'s group to a second one), or
 * in British spelling (search reads those as the US word already, so it would never be looked
 * up), is an error on the group's line.
 */
export function readSearchSynonyms(contentDir: string): { groups: string[][]; diagnostics: Diagnostic[] } {
  const { file, diagnostics } = readDataFile(contentDir, SEARCH_SYNONYMS_FILE, searchSynonymsSchema);
  if (!file) return { groups: [], diagnostics };
  const lineOf = (group: number) => file.fieldLines[`groups[${group}]`] ?? 1;
  const problem = (group: number, message: string) => diagnostics.push({ severity: 'error', file: file.sourceFile, line: lineOf(group), message });
  const groupOf = new Map<string, { group: number; word: string }>();
  file.data.groups.forEach((words, group) => {
    for (const word of words) {
      const us = usSpelling(word);
      if (us) problem(group, `"${word}" is British spelling: write "${us}" (search reads "${word}" as "${us}")`);
      const singular = pluralize.singular(word);
      const earlier = groupOf.get(singular);
      if (earlier === undefined) groupOf.set(singular, { group, word });
      else if (earlier.group === group) problem(group, earlier.word === word ? `"${word}" is listed twice: leave one` : `"${word}" and "${earlier.word}" are one word to search, which finds every form of it: leave one`);
      else {
        const form = earlier.word === word ? '' : ` (as "${earlier.word}")`;
        problem(group, `"${word}" is already in the group on line ${lineOf(earlier.group)}${form}: merge the two groups, or keep the word in one`);
      }
    }
  });
  return { groups: diagnostics.length ? [] : file.data.groups, diagnostics };
}
