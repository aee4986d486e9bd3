import { Breadcrumbs } from '@/components/article/breadcrumbs';
import type { Topic } from '@/lib/content';
import { PAGE_CONTENT_ID } from '@/lib/content/layout-ids';

/** Every tag, alphabetically, with how many pages carry it. */
export function TopicIndex({ topics }: { topics: Topic[] }) {
  return (
    <div id={PAGE_CONTENT_ID} className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <Breadcrumbs trail={[{ name: 'Home', href: '/' }, { name: 'Topics', href: '/topics' }]} />
      <h1 className="mt-4 text-3xl font-bold tracking-tight text-ink sm:text-4xl">Topics</h1>
      <p className="mt-3 font-serif text-lg text-muted">Every subject the guide and its articles cover, with the pages on each.</p>
      <ul aria-label="Topics" className="mt-8 grid gap-x-6 divide-y divide-line border-y border-line sm:grid-cols-2 sm:divide-y-0">
        {topics.map((topic) => (
          <li key={topic.tag} className="py-3">
            <a href={topic.href} className="group flex items-baseline justify-between gap-3">
              <span className="font-semibold text-ink group-hover:text-accent group-hover:underline">{topic.label}</span>
              <span className="text-sm text-muted tabular-nums">
                {topic.pages.length} page{topic.pages.length === 1 ? '' : 's'}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The pages that carry one tag, in reading order: guide first, then articles. */
export function TopicPage({ topic }: { topic: Topic }) {
  return (
    <div id={PAGE_CONTENT_ID} className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: 'Topics', href: '/topics' },
          // Capitalized as the title below it is (first-letter:uppercase); the label itself is lowercase for running text.
          { name: `${topic.label[0].toUpperCase()}${topic.label.slice(1)}`, href: topic.href },
        ]}
      />
      <h1 className="mt-4 text-3xl font-bold tracking-tight text-ink first-letter:uppercase sm:text-4xl">{topic.label}</h1>
      <p className="mt-3 font-serif text-lg text-muted">
        {topic.pages.length} page{topic.pages.length === 1 ? '' : 's'} of the guide and its articles on {topic.label}.
      </p>
      <ol aria-label={`Pages on ${topic.label}`} className="mt-8 divide-y divide-line border-y border-line">
        {topic.pages.map((page) => (
          <li key={page.href} className="py-5">
            <a href={page.href} className="group block">
              <span className="text-lg font-semibold text-ink group-hover:text-accent group-hover:underline">{page.frontmatter.title}</span>
              <span className="mt-1 block font-serif text-muted">{page.frontmatter.description}</span>
              <span className="mt-2 block text-sm text-muted">{page.readingMinutes} min read</span>
            </a>
          </li>
        ))}
      </ol>
      <p className="mt-8 text-sm">
        <a href="/topics" className="text-accent underline underline-offset-2">
          All topics
        </a>
      </p>
    </div>
  );
}
