// `npm run content:check`: checks every content file the way the build will read it, prints
// `path:line: message` for each problem and a table of reading statistics, exits 1 on errors.
// With --search-index (`npm run search:index`, run by the build) it also writes the search index
// from the same read, when there are no errors; --drafts includes drafts (`npm run dev`).
import { writeSearchFiles } from '../search/write-files';
import { contentDir } from './index';
import { formatDiagnostic } from './diagnostics';
import { nearest } from './nearest';
import { readSite } from './site';

// An option typed wrong, or a file name, would otherwise be ignored and the run would pass
// without checking what the editor meant it to (a draft, most often).
const OPTIONS = ['--drafts', '--search-index'];
const unknownArguments = process.argv.slice(2).filter((argument) => !OPTIONS.includes(argument));
for (const argument of unknownArguments) {
  const guess = nearest(argument, OPTIONS);
  console.error(
    argument.startsWith('-')
      ? `content:check: unknown option "${argument}"${guess ? ` (did you mean ${guess}?)` : `: the options are ${OPTIONS.join(' and ')}`}`
      : `content:check: "${argument}" is not an option: the check always reads every page under content/ and takes no file names; add --drafts to check drafts too`,
  );
}
if (unknownArguments.length) process.exit(2);

const started = performance.now();
const site = readSite({ contentDir: contentDir(), includeDrafts: process.argv.includes('--drafts') });
const errors = site.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
const warnings = site.diagnostics.length - errors.length;

if (site.pages.length <= 60) {
  const rows = site.pages.map((page) => [page.sourceFile, String(page.words), String(page.gradeLevel)]);
  const header = ['page', 'words', 'grade'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ');
  console.log([line(header), ...rows.map(line)].join('\n'));
} else {
  const grades = site.pages.map((page) => page.gradeLevel).sort((a, b) => a - b);
  console.log(`${site.pages.length} pages, ${site.pages.reduce((sum, page) => sum + page.words, 0)} words, median grade ${grades[grades.length >> 1]}`);
}
console.log('grade: Flesch-Kincaid reading grade level; above about 14 reads as dense.\n');

for (const diagnostic of site.diagnostics) console.log(formatDiagnostic(diagnostic));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
// A page that fails is still a page checked: counting only those that pass would look as if it was not read.
console.log(`\n${site.pages.length + site.failedPages.length} pages checked in ${seconds} s: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`);
const drafts = site.draftsLeftOut;
if (drafts.length) console.log(`${drafts.length} draft${drafts.length === 1 ? '' : 's'} not checked beyond ${drafts.length === 1 ? 'its' : 'their'} frontmatter (${drafts.join(', ')}): run npm run content:check -- --drafts to check ${drafts.length === 1 ? 'it' : 'them'}.`);
process.exitCode = errors.length ? 1 : 0;
if (process.argv.includes('--search-index') && errors.length === 0) console.log(writeSearchFiles(site));
