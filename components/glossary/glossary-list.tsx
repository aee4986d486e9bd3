import { Breadcrumbs } from '@/components/article/breadcrumbs';
import type { Page } from '@/lib/content';
import { linkTarget, type GlossaryEntry } from '@/lib/content/glossary';
import { siteConfig } from '@/lib/site-config';
import { PAGE_CONTENT_ID } from '@/lib/content/layout-ids';

/** The first letter an entry is filed under: A-Z, or # for a term that starts with a digit. */
const letterOf = (entry: GlossaryEntry) => (/^[a-z]/i.test(entry.term) ? entry.term[0].toUpperCase() : '#');

/**
 * Every glossary term, alphabetically, as a definition list: each entry has a stable anchor
 * (`/glossary#mpsm`), the page that explains it, its source if it has one, and the pages that
 * use it. A row of letters jumps down the list, and each letter's heading links back up to it:
 * on a phone the list runs to some forty screens.
 */
export function GlossaryList({ entries, termPages, pages }: { entries: GlossaryEntry[]; termPages: Map<string, Page[]>; pages: Page[] }) {
  const letters = [...new Set(entries.map(letterOf))];
  const structuredData = {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    name: `Glossary · ${siteConfig.name}`,
    url: `${siteConfig.url}/glossary`,
    hasDefinedTerm: entries.map((entry) => ({
      '@type': 'DefinedTerm',
      name: entry.term,
      ...(entry.expansion && { alternateName: entry.expansion }),
      description: entry.definition,
      url: `${siteConfig.url}/glossary#${entry.id}`,
    })),
  };
  return (
    <div id={PAGE_CONTENT_ID} className="mx-auto max-w-3xl px-4 pt-6 pb-10 sm:px-6 lg:pt-10">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(structuredData).replace(/</g, '\\u003c') }} />
      <Breadcrumbs trail={[{ name: 'Home', href: '/' }, { name: 'Glossary', href: '/glossary' }]} />
      <h1 className="mt-4 text-3xl leading-tight font-bold tracking-tight text-ink sm:text-4xl">Glossary</h1>
      <p className="mt-4 font-serif text-lg leading-relaxed text-muted">
        The acronyms and terms the guide uses, each in a sentence or two, with the page that explains it. In the text, a dotted underline marks a term: select it to read its
        definition without leaving the page.
      </p>

      <nav id="letters" aria-label="Glossary letters" className="mt-8 scroll-mt-6 border-y border-line py-3">
        <ul className="flex flex-wrap gap-1 font-sans text-sm font-semibold">
          {letters.map((letter) => (
            <li key={letter}>
              <a href={`#letter-${letter === '#' ? 'digits' : letter.toLowerCase()}`} className="inline-block min-w-8 rounded px-2 py-1 text-center text-accent hover:bg-accent-soft">
                {letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {letters.map((letter) => (
        <section key={letter} aria-labelledby={`letter-${letter === '#' ? 'digits' : letter.toLowerCase()}`} className="mt-8">
          <div className="flex items-baseline justify-between border-b border-line pb-1">
            <h2 id={`letter-${letter === '#' ? 'digits' : letter.toLowerCase()}`} className="scroll-mt-6 font-sans text-xl font-bold text-ink">
              {letter}
            </h2>
            <a href="#letters" className="px-2 py-1 font-sans text-sm text-accent underline underline-offset-2">
              Back to the letters
            </a>
          </div>
          <dl className="mt-4 space-y-6">
            {entries
              .filter((entry) => letterOf(entry) === letter)
              .map((entry) => (
                <div key={entry.id}>
                  <dt id={entry.id} className="scroll-mt-6 rounded-sm font-sans text-lg font-semibold text-ink target:bg-accent-soft">
                    {entry.term}
                    {entry.expansion && <span className="font-normal text-muted"> · {entry.expansion}</span>}
                  </dt>
                  <dd className="mt-1 font-serif leading-relaxed text-ink">
                    <p>{entry.definition}</p>
                    <p className="mt-2 font-sans text-sm leading-6 text-muted">
                      {entry.link && (
                        <>
                          Explained in{' '}
                          <a href={entry.link} className="text-accent underline underline-offset-2">
                            {linkTarget(entry.link, pages) ?? entry.link}
                          </a>
                          {'. '}
                        </>
                      )}
                      {entry.source && (
                        <>
                          Source:{' '}
                          <a href={entry.source.url} className="text-accent underline underline-offset-2">
                            {entry.source.title}
                          </a>
                          , {entry.source.publisher}, {entry.source.year}.{' '}
                        </>
                      )}
                      <UsedOn pages={termPages.get(entry.id) ?? []} />
                    </p>
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

function UsedOn({ pages }: { pages: Page[] }) {
  if (pages.length === 0) return null;
  return (
    <>
      Used in{' '}
      {pages.map((page, index) => (
        <span key={page.href}>
          {index > 0 && (index === pages.length - 1 ? ' and ' : ', ')}
          <a href={page.href} className="text-accent underline underline-offset-2">
            {page.frontmatter.title}
          </a>
        </span>
      ))}
      .
    </>
  );
}
