import { readDataFile } from './data-file';
import type { Diagnostic } from './diagnostics';
import { searchSynonymsSchema } from './schema';
import { usSpelling } from '../spelling';

/** Where editors keep the search synonyms, inside the content folder. */
export const SEARCH_SYNONYMS_FILE = 'search-synonyms.yaml';

/**
 * Reads `content/search-synonyms.yaml`: groups of words a reader may search with for one thing
 * ("maternity" where the guide says "parental"), which the search index lets find each other.
 * A missing file is no groups. A word in two groups, or in British spelling (search reads those as
 * the US word already, so it would never be looked up), is an error on the group's line.
 */
export function readSearchSynonyms(contentDir: string): { groups: string[][]; diagnostics: Diagnostic[] } {
  const { file, diagnostics } = readDataFile(contentDir, SEARCH_SYNONYMS_FILE, searchSynonymsSchema);
  if (!file) return { groups: [], diagnostics };
  const lineOf = (group: number) => file.fieldLines[`groups[${group}]`] ?? 1;
  const problem = (group: number, message: string) => diagnostics.push({ severity: 'error', file: file.sourceFile, line: lineOf(group), message });
  const groupOf = new Map<string, number>();
  file.data.groups.forEach((words, group) => {
    for (const word of words) {
      const us = usSpelling(word);
      if (us) problem(group, `"${word}" is British spelling: write "${us}" (search reads "${word}" as "${us}")`);
      const earlier = groupOf.get(word);
      if (earlier !== undefined) problem(group, `"${word}" is already in the group on line ${lineOf(earlier)}: merge the two groups, or keep the word in one`);
      else groupOf.set(word, group);
    }
  });
  return { groups: diagnostics.length ? [] : file.data.groups, diagnostics };
}
