import { z } from 'zod';
import { typeset } from '../mdx/typography.mjs';

/** Slugs, tags and explicit heading ids: lowercase letters and digits, joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_RULE = 'lowercase letters, digits and single hyphens';

export const DESCRIPTION_LENGTH = { min: 50, max: 160 } as const;
export const TITLE_MAX_LENGTH = 100;

/**
 * The description `npm run new` writes, saying what to write instead. The schema refuses it, so a
 * page cannot be published with it.
 */
export const DESCRIPTION_PLACEHOLDER = `Write one or two sentences (${DESCRIPTION_LENGTH.min}-${DESCRIPTION_LENGTH.max} characters) that tell readers what this page gives them.`;

/**
 * The two placeholder paragraphs of the body `npm run new` writes that no page would say, as plain
 * text (the second by its first sentence). The check refuses a page that still has one once it is
 * no draft.
 */
export const TEMPLATE_PARAGRAPHS = ['An opening paragraph that tells the reader what they will get from the page.', 'Text, lists, bold, links to other pages.'];

const slug = z.string().regex(SLUG_PATTERN, `must be ${SLUG_RULE}`);

/**
 * Today's date as the latest time zone (UTC+14) has it: an editor east of UTC dates a change with
 * their own today, which the UTC date has not reached yet.
 */
function latestToday(): string {
  return new Date(Date.now() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Whether YYYY-MM-DD names a day that exists: not 2026-02-30 or 2026-13-01. */
export function isCalendarDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** Why a YYYY-MM-DD date names no day, in the editor's terms: "has no month 13", "February 2026 has 28 days". */
export function notACalendarDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (month < 1 || month > 12) return `is not a real calendar date: ${value} has no month ${month}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const monthName = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  return `is not a real calendar date: ${monthName} ${year} has ${days} days${day < 1 ? ', counted from 1' : ''}`;
}

/** YAML as read here keeps a date as the text written (`readYaml`), so it is checked as text. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (issue) => `must be a date written YYYY-MM-DD; found "${String(issue.input)}"`, abort: true })
  .refine(isCalendarDate, { error: (issue) => notACalendarDate(String(issue.input)), abort: true })
  .refine((value) => value <= latestToday(), { error: (issue) => `${String(issue.input)} is in the future` });

/** A site's home page (no path beyond `/`): a reader landing there cannot find the claim. */
function hasDocumentPath(value: string): boolean {
  if (!URL.canParse(value)) return true; // reported as not a URL
  const url = new URL(value);
  // A home page's own file name (/index.html) and tracking tags (?utm_source=…) still lead to the home page.
  const path = url.pathname.replace(/\/(?:index|default)\.(?:html?|php|aspx?)$/i, '').replace(/\/+$/, '');
  const query = [...url.searchParams.keys()].filter((key) => !/^utm_/i.test(key));
  return path !== '' || query.length > 0;
}

/**
 * Why a web address would not reach readers though it parses: the preview on the editor's own
 * computer, or the redirect Google Docs wraps pasted links in. The content check asks the same of
 * links in the text.
 */
export function pastedAddressProblem(value: string, where: 'link' | 'source'): string | undefined {
  if (!URL.canParse(value)) return undefined;
  const { protocol, hostname, pathname, search, hash, searchParams } = new URL(value);
  if (['localhost', '127.0.0.1', '0.0.0.0', '[::1]'].includes(hostname)) {
    return where === 'link'
      ? `that is the preview on your computer: write the address from its path, ${pathname}${search}${hash}`
      : "that is the preview on your computer: a source is another publisher's document, so give its https:// address, or link this guide's page in the text instead";
  }
  // A mistyped site name parses, but no browser can find it.
  if (/^https?:$/.test(protocol) && hostname.includes(',')) return `the site's name "${hostname}" has a comma in it: did you mean ${hostname.replaceAll(',', '.')}?`;
  if (/^https?:$/.test(protocol) && !hostname.includes('.') && !hostname.startsWith('[')) return `the site's name "${hostname}" has no dot, so no browser can find it: copy the full address from the browser`;
  if (/(^|\.)google\.[a-z.]+$/.test(hostname) && pathname === '/url' && searchParams.get('q')) return `that is Google's redirect (pasted from Google Docs): link ${searchParams.get('q')} itself`;
  // Journal pages read through a hospital library (EZproxy): readers outside it get a login page.
  if (/(^|[.-])ezproxy[.-]/i.test(hostname)) return "that is your library's proxy (EZproxy), which asks every other reader to log in: link the publisher's own address, or https://doi.org/ and the DOI";
  return undefined;
}

/** Text pasted with curly quotes around it (and none inside): YAML keeps them, and readers would see them. */
const notInCurlyQuotes = [(value: string) => !/^“[^“”]*”$/.test(value), 'is wrapped in curly quotes, which would show: use straight quotes ("…") around it, or none'] as const;

/** A title, description, reviewer, source or glossary entry is plain text everywhere it shows (the h1, the tab, link previews, the Sources list, the glossary), so Markdown in it shows as typed. */
const noMarkdown = [(value: string) => !MARKDOWN_IN_TEXT.test(value), 'is shown as plain text, so Markdown in it (**, *, __, `, [text](url)) would show as typed: write it without'] as const;
/** Markdown as it is written around words: a lone star, a legend's (*) or a run of underscores (*p < 0.05, Name ____) is text. */
const MARKDOWN_IN_TEXT = /\*\*[^\s*][^*]*\*\*|(?<![*\w])\*(?![\s*)])[^*\n]*(?<![\s*(])\*(?![*\w])|__[^\s_][^_]*__|(?<![_\w])_[^\s_][^_\n]*(?<=[^\s_])_(?![_\w])|`[^`]+`|\[[^\]]*\]\([^)]*\)/u;

/** Characters nobody sees, pasted from web pages and Word, that split a word for search and the glossary. */
export const INVISIBLE_CHARACTER = /[\u00AD\u200B\u2060\uFEFF]/;

/** The code of the first invisible character in a text, as U+200B. */
export function invisibleCharacterCode(text: string): string | undefined {
  const found = INVISIBLE_CHARACTER.exec(text)?.[0];
  return found && `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

const noInvisible = [(value: string) => !INVISIBLE_CHARACTER.test(value), { error: (issue: { input: unknown }) => `has an invisible character (${invisibleCharacterCode(String(issue.input))}) pasted into it: retype the words around it` }] as const;

/**
 * Text readers see as it is written (a title, a description, the reviewer, a source, a glossary
 * entry, a component's title or caption), with the same rules for every such field: no Markdown,
 * no invisible characters.
 */
export const plainText = (text: z.ZodString) => text.refine(...noMarkdown).refine(...noInvisible);

/**
 * A frontmatter or glossary value readers see: plain text, not wrapped in the curly quotes YAML does
 * not read as quotes, with its quotes and dashes typeset. (A component's prop is already in straight
 * quotes, so curly ones inside are a quotation; components typeset their own props.)
 */
const shownText = (text: z.ZodString) => plainText(text.refine(...notInCurlyQuotes)).transform(typeset);

/** One cited document. */
export const sourceSchema = z.strictObject({
  id: slug.describe('Short name that citations use: write [@id] after the claim it supports; unique on the page.'),
  title: shownText(z.string().trim().min(1)).describe('Title of the cited page, report or article, as it names itself.'),
  publisher: shownText(z.string().trim().min(1)).describe('Organization or journal that publishes it, e.g. "National Resident Matching Program".'),
  year: z
    .number()
    .int()
    .min(1900)
    .refine((year) => year <= Number(latestToday().slice(0, 4)), 'is in the future')
    .describe('Year the document was published or last updated, e.g. 2025; for a page that shows no date, the year you checked it.'),
  url: z
    .string()
    .refine((value) => !/\s/.test(value), { error: 'has a space in it, so the link would break: copy the address again from the browser', abort: true })
    .pipe(z.url({ protocol: /^https?$/, error: 'must be a full web address, starting https:// (or http:// for a site without https)' }))
    .refine(
      (value) => !/[.,;:\]"'”’]$/.test(value) && !(value.endsWith(')') && value.split(')').length > value.split('(').length),
      'ends in punctuation copied with it: end the address where the browser shows it ending (if it really ends in ".", write that last one as %2E)',
    )
    .superRefine((value, context) => {
      const problem = pastedAddressProblem(value, 'source');
      if (problem) context.addIssue({ code: 'custom', message: problem });
    })
    .refine(hasDocumentPath, 'is a home page: link the page or PDF that states the fact, not the site')
    .describe('Full address of that page or PDF, https:// (http:// only for a site without it), never a site\'s home page.'),
  accessed: isoDate.optional().describe('Date you last checked the page, YYYY-MM-DD; give it for a page that shows no date.'),
});

/** Frontmatter every page has: overview, guide section or article. */
export const pageFrontmatterSchema = z.strictObject({
  title: shownText(z.string().trim().min(1).max(TITLE_MAX_LENGTH)).describe('Page title: the h1, the browser tab and link previews.'),
  description: shownText(
    z
      .string()
      .trim()
      .refine(
        (value) => value !== DESCRIPTION_PLACEHOLDER,
        `is still the placeholder from npm run new: replace it with one or two sentences (${DESCRIPTION_LENGTH.min}-${DESCRIPTION_LENGTH.max} characters) that tell readers what the page gives them`,
      )
      .min(DESCRIPTION_LENGTH.min)
      .max(DESCRIPTION_LENGTH.max),
  ).describe(`One or two sentences for cards, search results and previews (${DESCRIPTION_LENGTH.min}-${DESCRIPTION_LENGTH.max} characters).`),
  updated: isoDate.describe('Date of the last meaningful change, YYYY-MM-DD, not in the future.'),
  tags: z
    .array(slug)
    .min(1)
    .describe('Topics in lowercase, e.g. [fellowship, training]; shared tags make pages related.'),
  draft: z.boolean().optional().describe('true hides the page from production builds; `npm run dev` still shows it.'),
  related: z
    .array(slug)
    .optional()
    .describe('Slugs of pages to pin, in order, at the top of the related-articles footer.'),
  sources: z
    .array(sourceSchema)
    .optional()
    .describe('The documents the page cites, each with id, title, publisher, year and url; numbered in the order the text first cites them.'),
  properNames: z
    // Curled as the text they are found in is.
    .array(z.string().trim().min(1).transform(typeset))
    .optional()
    .describe('Proper names the US-spelling and acronym checks let through on this page, e.g. [Foundation Programme, DYNAMIC].'),
  aliases: z
    .record(slug, slug)
    .optional()
    .describe('Old heading ids kept working after a heading is reworded, as `old-id: current-id`; links to the old id land on the current heading.'),
  formerSlugs: z
    .array(slug)
    .optional()
    .describe('Slugs the page was published under before its file was renamed, e.g. [old-name]; each old address redirects here for good (308), so links shared before keep working.'),
  reviewedBy: shownText(z.string().trim().min(1))
    .optional()
    .describe('Name and credentials of the clinician who reviewed the page, e.g. "Jane Doe, MD".'),
  reviewed: isoDate.optional().describe('Date of that review, YYYY-MM-DD; a review older than 12 months is flagged as due.'),
});

/** Guide sections also carry their place in the guide. */
export const sectionFrontmatterSchema = pageFrontmatterSchema.extend({
  order: z.number().int().positive().describe('Position of the section in its guide: 1, 2, 3… unique within the guide.'),
});

/** The longest glossary definition: two sentences a reader takes in at a glance. */
const DEFINITION_MAX_LENGTH = 320;

/** One entry of the glossary (`content/glossary.yaml`). */
export const glossaryTermSchema = z.strictObject({
  term: shownText(z.string().trim().min(1).max(60)).describe('The term as the text writes it, e.g. ABIM or measurable residual disease.'),
  id: slug
    .optional()
    .describe('Its anchor, /glossary#id, and what <Term id="…"> names; leave it out to use the term in lowercase with hyphens (ABIM: abim).'),
  expansion: shownText(z.string().trim().min(1))
    .optional()
    .describe('What an acronym stands for, e.g. American Board of Internal Medicine. Marks the term as an acronym, whose first use on a page must be marked.'),
  definition: shownText(z.string().trim().min(20).max(DEFINITION_MAX_LENGTH)).describe(`At most two sentences (${DEFINITION_MAX_LENGTH} characters) a medical student can follow, with no years and no figures, except a count the term is named by (PHQ-9).`),
  link: z.string().trim().min(1).optional().describe('The page or heading that explains it, e.g. /guides/oncology-hematology/education-and-training#board-certification.'),
  source: sourceSchema.omit({ id: true }).optional().describe('A document that defines it: title, publisher, year and url, as for a page source.'),
});

/** The glossary file: one list of terms. */
export const glossarySchema = z.strictObject({
  terms: z.array(glossaryTermSchema).min(1).describe('The entries, in any order; the glossary page sorts them.'),
});

/** The search synonyms file: groups of words a search for any one of finds the others by. */
export const searchSynonymsSchema = z.strictObject({
  groups: z
    .array(
      z
        .array(z.string().regex(/^[a-z]+$/, 'a word in lowercase letters a to z, with no spaces or hyphens'))
        .min(2, 'a group needs two words or more')
        .describe('Words readers use for one thing, e.g. [pay, salary, compensation]: a search for any of them also finds the others.'),
    )
    .min(1)
    .describe('The groups, in any order; a word belongs to one group at most.'),
});

export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;
export type SectionFrontmatter = z.infer<typeof sectionFrontmatterSchema>;
export type Source = z.infer<typeof sourceSchema>;

/** Field names and their one-line descriptions, for the editors' documentation and error hints. */
export function describeFields(schema: z.ZodObject = sectionFrontmatterSchema): { name: string; description: string; required: boolean }[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const typed = field as z.ZodType;
    return { name, description: typed.description ?? '', required: !typed.safeParse(undefined).success };
  });
}
