import type { Page } from '@/lib/content';

/** A page as a card: title, description and reading time; the whole card is the link. */
export function PageCard({ page, label }: { page: Page; label?: string }) {
  return (
    <a href={page.href} className="group flex h-full flex-col rounded-xl border border-line bg-surface p-5 transition-colors hover:border-accent">
      {label && <span className="text-xs font-semibold tracking-wide text-accent uppercase">{label}</span>}
      <span className="mt-1 text-lg leading-snug font-semibold text-ink group-hover:underline">{page.frontmatter.title}</span>
      <span className="mt-2 flex-1 font-serif leading-relaxed text-muted">{page.frontmatter.description}</span>
      <span className="mt-4 text-sm text-muted">{page.readingMinutes} min read</span>
    </a>
  );
}
