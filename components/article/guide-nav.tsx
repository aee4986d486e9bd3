import type { Guide, Page } from '@/lib/content';
import { wholeGuideHref } from '@/lib/content/whole-guide';

/** The guide's overview and sections in reading order, the current one marked. Styled by `[data-guide-nav]` in app/globals.css. */
function GuideLinks({ guide, current, wholeGuideCurrent = false }: GuideNavProps) {
  const item = (page: Page, label: string, number?: number) => (
    <li key={page.href}>
      <a href={page.href} aria-current={page === current ? 'page' : undefined}>
        {number !== undefined && <span>{number}</span>}
        <span>{label}</span>
      </a>
    </li>
  );
  return (
    <>
      <ol className="space-y-0.5 text-sm">
        {item(guide.overview, 'Overview')}
        {guide.sections.map((section, index) => item(section, section.frontmatter.title, index + 1))}
      </ol>
      <p className="mt-3 border-t border-line pt-3 text-sm">
        <a href={wholeGuideHref(guide)} aria-current={wholeGuideCurrent ? 'page' : undefined}>
          The whole guide on one page
        </a>
      </p>
    </>
  );
}

interface GuideNavProps {
  guide: Guide;
  /** The guide page being read, if it is one. */
  current?: Page;
  /** Whether the whole-guide page is being read. */
  wholeGuideCurrent?: boolean;
}

/** Sidebar on wide screens. */
export function GuideSidebar(props: GuideNavProps) {
  return (
    <nav aria-label="Guide sections" data-guide-nav className="sticky top-6">
      <p className="mb-3 px-2 text-xs font-semibold tracking-wide text-muted uppercase">{props.guide.overview.frontmatter.title}</p>
      <GuideLinks {...props} />
    </nav>
  );
}

/** A disclosure on phones, closed until asked for; works without JavaScript. */
export function GuideDisclosure(props: GuideNavProps) {
  return (
    <details className="group mb-6 rounded-lg border border-line bg-surface lg:hidden">
      <summary className="cursor-pointer list-none px-4 py-3 text-sm font-semibold text-ink [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90">
          ›
        </span>
        Guide sections
      </summary>
      <nav aria-label="Guide sections" data-guide-nav className="border-t border-line px-2 py-3">
        <GuideLinks {...props} />
      </nav>
    </details>
  );
}
