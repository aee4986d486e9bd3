import { getTopic, type Page } from '@/lib/content';
import { siteConfig } from '@/lib/site-config';
import { FormattedDate } from './formatted-date';
import { ShareTools } from './share-tools';

/** Reading time, last update, the page's topics and, where there was one, the editorial review. */
export function PageMeta({ page }: { page: Page }) {
  const { updated, reviewedBy, reviewed, draft } = page.frontmatter;
  return (
    <div className="mt-4 flex flex-col gap-1 text-sm text-muted">
      {draft && <p className="w-fit rounded bg-warning-soft px-2 py-0.5 font-semibold text-warning">Draft: not published in production builds</p>}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p>
          {page.readingMinutes} min read <span aria-hidden="true">·</span> Updated <FormattedDate date={updated} />
        </p>
        <ShareTools title={page.frontmatter.title} url={`${siteConfig.url}${page.href}`} />
      </div>
      <ul aria-label="Topics" data-print="hide" className="mt-1 flex flex-wrap gap-1.5">
        {page.frontmatter.tags.map((tag) => getTopic(tag)!).map((topic) => (
          <li key={topic.tag}>
            <a href={topic.href} className="inline-block rounded-full border border-line px-2.5 py-0.5 text-xs text-muted hover:border-accent hover:text-accent">
              {topic.label}
            </a>
          </li>
        ))}
      </ul>
      {reviewedBy && reviewed && (
        <p>
          Reviewed by {reviewedBy} on <FormattedDate date={reviewed} />
        </p>
      )}
    </div>
  );
}
