import { z } from 'zod';
import { isCalendarDate, notACalendarDate, plainText, SLUG_PATTERN, SLUG_RULE } from './schema';

/** A prop the component prints as plain text: a title, caption, label or alt text. */
const shownProp = () => plainText(z.string().trim().min(1));

const MONTH_OR_DAY = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
/** A calendar month or day, as a timeline's data gives it: 2025-07 or 2025-07-02 (not 2026-02-30, which it would print as written). */
const monthOrDay = z
  .string()
  .regex(MONTH_OR_DAY, { error: 'must be a month (2025-07) or a day (2025-07-02)', abort: true })
  .refine((value) => value.length === 7 || isCalendarDate(value), { error: (issue) => notACalendarDate(String(issue.input)) });

/**
 * The components editors use in MDX, each with its props: one description serves the content
 * check (an unknown component or prop, a missing or wrong value is an error with its line), the
 * components' prop types and the editors' guide. Children (the Markdown between the tags) are
 * not props. MDX hands the props to the components as written, so a component curls the quotes
 * of the text props it shows (`typeset`), as the schema does for frontmatter.
 */
export const componentSchemas = {
  Callout: z
    .strictObject({
      type: z.enum(['note', 'tip', 'warning']).optional().describe('note (the default), tip or warning: the box\'s color and its label.'),
      title: shownProp().optional().describe('A heading for the box; without one it reads Note, Tip or Warning.'),
    })
    .describe('A boxed aside around Markdown.'),
  KeyFacts: z
    .strictObject({
      title: shownProp().optional().describe('The box\'s heading; Key facts when left out.'),
    })
    .describe('The points to remember from a page, around a Markdown list.'),
  Figure: z
    .strictObject({
      src: z.string().startsWith('/', 'must be a path under public/, starting with /').describe('The image, a path under public/, e.g. /images/tumor-board.jpg.'),
      alt: shownProp().describe('What the image shows, for people who cannot see it.'),
      width: z.number().int().positive().describe('The image\'s width in pixels.'),
      height: z.number().int().positive().describe('The image\'s height in pixels.'),
      caption: shownProp().optional().describe('A line under the image.'),
    })
    .describe('An image from public/ with a caption.'),
  TrainingTimeline: z
    .strictObject({
      title: shownProp().describe('What the path is, e.g. The usual US path.'),
      stages: z
        .array(z.strictObject({ label: shownProp(), years: z.number().positive() }))
        .min(1)
        .describe('The stages in order, each { label, years }.'),
    })
    .describe('The stages of a training path, drawn as bars as long as their years.'),
  Timeline: z
    .strictObject({
      title: shownProp().describe('What the timeline shows, e.g. The 2025 application cycle.'),
      start: monthOrDay.describe('The first month shown, e.g. 2025-06.'),
      end: monthOrDay.describe('The last month shown, e.g. 2026-07.'),
      milestones: z
        .array(
          z.strictObject({
            date: monthOrDay.describe('When it happens (or starts).'),
            until: monthOrDay.optional().describe('When a stretch of time ends, e.g. interviews.'),
            label: shownProp().describe('What happens.'),
          }),
        )
        .min(1)
        .describe('The events in date order, each { date, label } or { date, until, label } for a stretch of time.'),
      showToday: z.boolean().optional().describe('Marks today on the timeline, in the reader\'s browser, while today falls inside it.'),
    })
    .superRefine(({ start, end, milestones }, context) => {
      // Dates that are not dates are reported by their own rule; order and range only make sense for real ones.
      if (![start, end, ...milestones.flatMap((milestone) => [milestone.date, milestone.until ?? start])].every((date) => MONTH_OR_DAY.test(date))) return;
      if (end < start) context.addIssue({ code: 'custom', path: ['end'], message: `comes before start (${start})` });
      milestones.forEach(({ date, until }, index) => {
        const month = date.slice(0, 7);
        if (month < start.slice(0, 7) || month > end.slice(0, 7)) context.addIssue({ code: 'custom', path: ['milestones', index, 'date'], message: `${date} is outside ${start} to ${end}` });
        if (until && (until < date || until.slice(0, 7) > end.slice(0, 7))) context.addIssue({ code: 'custom', path: ['milestones', index, 'until'], message: `${until} must fall after ${date} and by ${end}` });
        if (index > 0 && date < milestones[index - 1].date) context.addIssue({ code: 'custom', path: ['milestones', index, 'date'], message: `${date} comes before the milestone above it: list them in date order` });
      });
    })
    .describe('Months across (years, beyond three years), with the events on them; screen readers and text-only browsers get them as a list. Markdown inside (the sources, say) becomes its caption.'),
  Term: z
    .strictObject({
      id: z.string().regex(SLUG_PATTERN, `must be ${SLUG_RULE}`).optional().describe('The glossary id when the text differs from the entry, e.g. <Term id="car-t">CAR T cells</Term>.'),
      n: z.string().optional().describe('Set by the site, not by editors.'),
    })
    .describe('A glossary term: readers open its definition in place.'),
  // Written by the site from [@id] citations, never by editors.
  Cite: z.strictObject({ id: z.string(), n: z.string() }).describe('Set by the site from [@source] citations.'),
} satisfies Record<string, z.ZodObject>;

export type ComponentName = keyof typeof componentSchemas;
export type ComponentProps<Name extends ComponentName> = z.infer<(typeof componentSchemas)[Name]>;

/** Components that exist for the site's own use (numbering citations), not for editors' guide. */
export const INTERNAL_COMPONENTS: readonly ComponentName[] = ['Cite'];

/** Raw HTML a page may use: what Markdown has no syntax for, and `<a>` to another site (for `rel`). */
export const ALLOWED_HTML: ReadonlySet<string> = new Set(['a', 'abbr', 'br', 'sub', 'sup']);
