/** Where the reader was when they chose to report a mistake. */
export interface CorrectionContext {
  pageTitle: string;
  /** Absolute address of the page. */
  pageUrl: string;
  /** The heading the reader arrived at through a link to it, if any. */
  heading?: { id: string; text: string };
}

/**
 * Checks the operator's `CORRECTIONS_URL`: an issue tracker's new-issue address (http or https)
 * or a `mailto:` address. Unset means no correction link anywhere.
 */
export function correctionsDestination(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (!URL.canParse(trimmed) || !/^(https?|mailto):$/.test(new URL(trimmed).protocol)) {
    throw new Error(`CORRECTIONS_URL must be an https:// new-issue address or a mailto: address, not "${trimmed}"`);
  }
  return trimmed;
}

/**
 * The link that opens a prefilled correction report: a `mailto:` address gets a subject and a
 * body; a new-issue address gets `title` and `body` parameters (what GitHub, Gitea and Forgejo
 * read), keeping any it already has, such as `labels=correction`.
 */
export function correctionHref(destination: string, { pageTitle, pageUrl, heading }: CorrectionContext): string {
  const title = `Correction: ${pageTitle}${heading ? ` › ${heading.text}` : ''}`;
  const body = [
    `Page: ${pageTitle}`,
    `Address: ${pageUrl}${heading ? `#${heading.id}` : ''}`,
    ...(heading ? [`Section: ${heading.text}`] : []),
    '',
    'What is wrong or out of date:',
    '',
    '',
    'Where the correct information is published (a link helps):',
    '',
  ].join('\n');
  if (destination.startsWith('mailto:')) {
    const separator = destination.includes('?') ? '&' : '?';
    return `${destination}${separator}subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  }
  const url = new URL(destination);
  url.searchParams.set('title', title);
  url.searchParams.set('body', body);
  return url.toString();
}
