// `npm run content:check`: checks every content file the way the build will read it, prints
// `path:line: message` for each problem and a table of reading statistics, exits 1 on errors.
// With --search-index (`npm run search:index`, run by the build) it also writes the search index
// from the same read, when there are no errors; --drafts includes drafts (`npm run dev`).
import { writeSearchFiles } from '../search/write-files';
import { contentDir } from './index';
import { formatDiagnostic } from './diagnostics';
import { readSite } from './site';

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
console.log(`\n${site.pages.length} pages checked in ${seconds} s: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`);
process.exitCode = errors.length ? 1 : 0;
if (process.argv.includes('--search-index') && errors.length === 0) console.log(writeSearchFiles(site));
