import type { Metadata } from 'next';
import { PageCard } from '@/components/site/page-card';
import { getSite } from '@/lib/content';
import { sharingTags, siteImage } from '@/lib/metadata';
import { siteConfig } from '@/lib/site-config';
import { PAGE_CONTENT_ID } from '@/lib/content/layout-ids';

/** The home page stays the same size however many articles there are; the rest are a click away. */
const LATEST_ARTICLES = 6;

export const metadata: Metadata = {
  alternates: { canonical: '/' },
  ...sharingTags({ url: '/', title: siteConfig.name, description: siteConfig.description, image: siteImage }),
};

export default function HomePage() {
  const { guides, articles } = getSite();
  return (
    <div id={PAGE_CONTENT_ID} className="mx-auto max-w-6xl px-4 sm:px-6">
      {guides.map((guide) => (
        <div key={guide.slug}>
          <section aria-labelledby={`guide-${guide.slug}`} className="py-12 sm:py-16">
            <p className="text-sm font-semibold tracking-wide text-accent uppercase">{siteConfig.name}</p>
            <h1 id={`guide-${guide.slug}`} className="mt-3 max-w-3xl text-4xl leading-tight font-bold tracking-tight text-balance text-ink sm:text-5xl">
              {guide.overview.frontmatter.title}
            </h1>
            <p className="mt-5 max-w-2xl font-serif text-lg leading-relaxed text-muted sm:text-xl">{guide.overview.frontmatter.description}</p>
            <div className="mt-8 flex flex-wrap gap-3">
              <a href={guide.sections[0]?.href ?? guide.href} className="rounded-lg bg-accent px-5 py-3 font-semibold text-on-accent hover:opacity-90">
                Start reading
              </a>
              <a href={guide.href} className="rounded-lg border border-line bg-surface px-5 py-3 font-semibold text-ink hover:border-accent">
                Read the overview
              </a>
            </div>
          </section>

          <section aria-labelledby={`sections-${guide.slug}`}>
            <h2 id={`sections-${guide.slug}`} className="text-2xl font-bold tracking-tight text-ink">
              The guide in {guide.sections.length} sections
            </h2>
            <ol className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {guide.sections.map((section, index) => (
                <li key={section.href}>
                  <PageCard page={section} label={`Section ${index + 1}`} />
                </li>
              ))}
            </ol>
          </section>
        </div>
      ))}

      {articles.length > 0 && (
        <section aria-labelledby="articles-heading" className="mt-16">
          <h2 id="articles-heading" className="text-2xl font-bold tracking-tight text-ink">
            Latest articles
          </h2>
          <p className="mt-2 text-muted">Deeper dives to read alongside the guide.</p>
          <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {articles.slice(0, LATEST_ARTICLES).map((article) => (
              <li key={article.href}>
                <PageCard page={article} />
              </li>
            ))}
          </ul>
          <p className="mt-6">
            <a href="/articles" className="font-semibold text-accent underline underline-offset-4">
              All {articles.length} articles
            </a>
          </p>
        </section>
      )}
    </div>
  );
}
