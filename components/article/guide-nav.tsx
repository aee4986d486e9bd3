import Link from 'next/link';
import type { Guide, Page } from '@/lib/content';

/** The guide's overview and sections in reading order, the current one marked. */
function GuideLinks({ guide, current }: { guide: Guide; current?: Page }) {
  const item = (page: Page, label: string, number?: number) => (
    <li key={page.href}>
      <Link
        href={page.href}
        aria-current={page === current ? 'page' : undefined}
        className="flex gap-2 rounded-md px-2 py-1.5 text-muted hover:bg-accent-soft hover:text-ink aria-[current=page]:bg-accent-soft aria-[current=page]:font-semibold aria-[current=page]:text-ink"
      >
        {number !== undefined && <span className="w-4 shrink-0 tabular-nums text-muted">{number}</span>}
        <span>{label}</span>
      </Link>
    </li>
  );
  return (
    <ol className="space-y-0.5 text-sm">
      {item(guide.overview, 'Overview')}
      {guide.sections.map((section, index) => item(section, section.frontmatter.title, index + 1))}
    </ol>
  );
}

/** Sidebar on wide screens. */
export function GuideSidebar({ guide, current }: { guide: Guide; current?: Page }) {
  return (
    <nav aria-label="Guide sections" className="sticky top-6">
      <p className="mb-3 px-2 text-xs font-semibold tracking-wide text-muted uppercase">{guide.overview.frontmatter.title}</p>
      <GuideLinks guide={guide} current={current} />
    </nav>
  );
}

/** A disclosure on phones, closed until asked for; works without JavaScript. */
export function GuideDisclosure({ guide, current }: { guide: Guide; current?: Page }) {
  return (
    <details className="group mb-6 rounded-lg border border-line bg-surface lg:hidden">
      <summary className="cursor-pointer list-none px-4 py-3 text-sm font-semibold text-ink [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90">
          ›
        </span>
        Guide sections
      </summary>
      <nav aria-label="Guide sections" className="border-t border-line px-2 py-3">
        <GuideLinks guide={guide} current={current} />
      </nav>
    </details>
  );
}
