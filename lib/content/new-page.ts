import { readYaml } from './yaml';
import { DESCRIPTION_PLACEHOLDER, pageFrontmatterSchema, SLUG_PATTERN, TEMPLATE_PARAGRAPHS, TITLE_MAX_LENGTH } from './schema';
import { schemaProblems } from './validate';
import { formerPlace, locate } from './site';

/** What `npm run new` was asked for. */
export type NewPageRequest = { kind: 'article'; slug: string; title: string } | { kind: 'section'; guide: string; slug: string; title: string };

/** An MDX file already in the content folder, drafts and broken files included, with its frontmatter as read. */
export interface ExistingFile {
  /** Path inside the content folder: `articles/x.mdx`, `guides/<guide>/x.mdx`. */
  file: string;
  /** The path as editors see it in messages. */
  sourceFile: string;
  data: Record<string, unknown>;
}

/** The page to write: where, at which address, and its text. */
export interface NewPage {
  /** Path inside the content folder. */
  file: string;
  href: string;
  text: string;
}

export const USAGE = 'usage: npm run new -- article <slug> "Title", or npm run new -- section <guide> <slug> "Title"';

const ARGUMENTS = { article: ['slug', 'title'], section: ['guide', 'slug', 'title'] } as const;

/** Reads the command's arguments (after `npm run new --`) into a request, or says what is wrong with them. */
export function parseRequest(args: readonly string[]): NewPageRequest | { problem: string } {
  const [kind, ...rest] = args;
  if (kind !== 'article' && kind !== 'section') return { problem: kind ? `unknown kind "${kind}": use article or section (${USAGE})` : USAGE };
  const names = ARGUMENTS[kind];
  const values = rest.map((value) => value.trim());
  const missing = names.filter((_, index) => !values[index]);
  if (missing.length) return { problem: `missing ${missing.join(', ').replace(/, (?=[^,]*$)/, ' and ')} (${USAGE})` };
  if (values.length > names.length) return { problem: `too many arguments: put the title in quotes (${USAGE})` };
  return kind === 'article' ? { kind, slug: values[0], title: values[1] } : { kind, guide: values[0], slug: values[1], title: values[2] };
}

/**
 * Plans a new draft page from the template, given the files already in the content folder and
 * today's date; or refuses, in one line, what the content check would refuse: a slug that is not
 * valid, reserved or already taken (slugs are unique across the site, drafts included), an unknown
 * guide, a title too long, in curly quotes, or with Markdown or invisible characters in it. Pure: the caller reads the folder and writes the file.
 */
export function planNewPage(request: NewPageRequest, existing: readonly ExistingFile[], today: Date): NewPage | { problem: string } {
  const { slug, title } = request;
  const guide = request.kind === 'section' ? request.guide : undefined;
  if (guide !== undefined) {
    const guides = existing.flatMap(({ file }) => /^guides\/([^/]+)\/index\.mdx$/.exec(file)?.[1] ?? []);
    if (!guides.includes(guide)) {
      return { problem: `unknown guide "${guide}": the guides are ${guides.join(', ') || 'none yet'} (a guide is a folder guides/<guide>/ with an index.mdx)` };
    }
  }
  const file = guide ? `guides/${guide}/${slug}.mdx` : `articles/${slug}.mdx`;
  // Where the content check would put the file: its address, or why the slug cannot have one.
  const place = locate(file);
  if ('problem' in place) return place;
  const taken = existing.find((entry) => {
    const other = locate(entry.file);
    return 'slug' in other && other.slug === slug;
  });
  if (taken) return { problem: `the slug "${slug}" is taken by ${taken.sourceFile}: slugs are unique across the site, drafts included` };
  // A renamed page's old address redirects to it (`formerSlugs`, in the same folder).
  const renamed = existing.find((entry) => {
    const old = Array.isArray(entry.data.formerSlugs) && entry.data.formerSlugs.includes(slug) ? formerPlace(entry.file, slug) : undefined;
    return old && 'href' in old && old.href === place.href;
  });
  if (renamed) return { problem: `${place.href} was the address of ${renamed.sourceFile} before it was renamed, and redirects there (its formerSlugs): choose another slug` };
  if (title.length > TITLE_MAX_LENGTH) return { problem: `the title is ${title.length} characters long: keep it to ${TITLE_MAX_LENGTH}` };
  // The schema's other rules for a title (Markdown, curly quotes around it, invisible characters), before a file is written.
  const [titleProblem] = schemaProblems(pageFrontmatterSchema.pick({ title: true }), { title });
  if (titleProblem) return { problem: `the title ${titleProblem.message}` };

  // A section sits with its guide's pages, an article with the whole site.
  const neighbors = guide ? existing.filter((entry) => entry.file.startsWith(`guides/${guide}/`)) : existing;
  const orders = neighbors.flatMap(({ file, data }) => (file.endsWith('/index.mdx') || !isPositiveInteger(data.order) ? [] : [data.order]));
  const text = pageText({
    title,
    updated: localDate(today),
    // On a site with no tags yet, the slug is a valid tag to start from.
    tags: [commonestTag(neighbors) ?? slug],
    order: guide ? Math.max(0, ...orders) + 1 : undefined,
  });
  return { file, href: place.href, text };
}

/**
 * The template every new page starts from: the fields the schema requires, the placeholder
 * description the check refuses until it is replaced, `draft: true`, and a body that shows the
 * shape of a page. content/README.md shows it too; a test keeps the two in step.
 */
export function pageText({ title, updated, tags, order }: { title: string; updated: string; tags: string[]; order?: number }): string {
  const fields = [
    `title: ${yamlString(title)}`,
    `description: ${DESCRIPTION_PLACEHOLDER}`,
    `updated: ${updated}`,
    `tags: [${tags.join(', ')}]`,
    ...(order === undefined ? [] : [`order: ${order}`]),
    'draft: true',
  ];
  return `---
${fields.join('\n')}
---

${TEMPLATE_PARAGRAPHS[0]}

## First topic

Text, lists, **bold**, [links to other pages](/articles). A fact names its year and cites the
document that states it: list the document under \`sources\` and write \`[@its-id]\` right after
the claim. Mark the first use of an acronym with \`<Term>\`. The editors' guide, in the
content folder, shows how.

### A detail under it

More text.

## Second topic

More text.
`;
}

/** A date as YYYY-MM-DD in the local time zone: the editor's today, not UTC's. */
export function localDate(date: Date): string {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}

/** The tag most of these pages carry (the first alphabetically on a tie): a start the editor refines, and one that links the page to others. */
function commonestTag(files: readonly ExistingFile[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { data } of files) {
    for (const tag of Array.isArray(data.tags) ? data.tags : []) {
      if (typeof tag === 'string' && SLUG_PATTERN.test(tag)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
  }
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1))[0]?.[0];
}

function isPositiveInteger(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) > 0;
}

/** The text as a YAML value: plain when YAML reads it back unchanged, else double-quoted (JSON's quoting is YAML's). */
function yamlString(text: string): string {
  try {
    if (readYaml(`value: ${text}`).value === text) return text;
  } catch {
    // Not valid YAML as it stands (`Why: a list`): quote it.
  }
  return JSON.stringify(text);
}
