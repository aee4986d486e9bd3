import fs from 'node:fs';
import path from 'node:path';

// Deterministic synthetic articles for the scale benchmark: realistic length and structure,
// words from the guide's own field so search and related pages have real work to do.
const TAGS = ['training', 'residency', 'fellowship', 'mentorship', 'networking', 'career', 'leadership', 'research', 'clinical-trials', 'conferences', 'patient-care', 'communication', 'palliative-care', 'immunotherapy', 'precision-medicine', 'well-being'];
const WORDS = (
  'oncology hematology fellowship residency mentor research trial patient clinic tumor board leukemia lymphoma myeloma ' +
  'immunotherapy targeted therapy genomic biomarker survivorship palliative supportive symptom dose toxicity protocol ' +
  'consent registry abstract poster conference society guideline evidence outcome survival response remission relapse ' +
  'transplant marrow infusion nurse pharmacist team conversation prognosis goals family trust rural community academic ' +
  'teaching lecture grant funding protected time career promotion leadership program director division center training ' +
  'certification examination knowledge assessment continuing education journal review data analysis statistics cohort ' +
  'the a of and to in for with on at from by about as into over after before during while through across between'
).split(' ');
const HEADINGS = ['Background', 'What the evidence says', 'Working with the team', 'Common pitfalls', 'Practical steps', 'Looking ahead', 'Questions to ask', 'Resources'];

/** A small seeded generator (mulberry32): the same N always gives the same site. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const slugOf = (index: number) => `synthetic-${String(index).padStart(4, '0')}`;

function article(index: number, count: number): string {
  const next = random(index + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const sentence = () => {
    const words = Array.from({ length: 10 + Math.floor(next() * 10) }, () => pick(WORDS));
    return `${words.join(' ').replace(/^./, (first) => first.toUpperCase())}.`;
  };
  const paragraph = () => Array.from({ length: 4 + Math.floor(next() * 3) }, sentence).join(' ');
  const tags = [...new Set([pick(TAGS), pick(TAGS), pick(TAGS)])];
  const day = String(1 + (index % 28)).padStart(2, '0');
  const month = String(1 + (index % 12)).padStart(2, '0');
  const body: string[] = [paragraph()];
  const headings = [...HEADINGS].sort(() => next() - 0.5).slice(0, 5);
  headings.forEach((heading, position) => {
    body.push(`## ${heading}`, paragraph(), paragraph());
    if (position % 2 === 0) body.push(`### ${heading}: in practice`, paragraph());
  });
  // A few internal links: to the guide, to a heading of another synthetic article, to one of this page's own headings.
  const other = slugOf((index * 7 + 3) % count);
  body.push(
    `See [the education section](/guides/oncology-hematology/education-and-training), [another article](/articles/${other}) and [this page's first part](#${headings[0].toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-$/, '')}).`,
  );
  return [
    '---',
    `title: ${JSON.stringify(`Synthetic article ${index}: ${pick(WORDS)} and ${pick(WORDS)} in ${pick(TAGS).replace("-", " ")}`)}`,
    `description: ${JSON.stringify(`A generated article for the scale benchmark, about ${pick(WORDS)}, ${pick(WORDS)} and ${pick(WORDS)} in oncology careers.`)}`,
    `updated: 2025-${month}-${day}`,
    `tags: [${tags.join(', ')}]`,
    '---',
    '',
    body.join('\n\n'),
    '',
  ].join('\n');
}

/** Writes the real content (the guide links to its articles) plus `count` synthetic articles into `contentDir`. */
export function writeSyntheticContent(contentDir: string, count: number): void {
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.cpSync('content', contentDir, { recursive: true, filter: (source) => !source.endsWith('README.md') });
  for (let index = 0; index < count; index++) fs.writeFileSync(path.join(contentDir, 'articles', `${slugOf(index)}.mdx`), article(index, count));
}

export { slugOf };
