import { getSite } from '@/lib/content';
import { siteConfig } from '@/lib/site-config';
import { SiteSearch } from './site-search';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader() {
  const { guides, glossary } = getSite();
  const hasGlossary = glossary.length > 0;
  return (
    <header data-print="hide" className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3 sm:flex-nowrap sm:px-6">
        <a href="/" className="flex items-center gap-2 font-semibold tracking-tight text-ink no-underline">
          <span aria-hidden="true" className="inline-block h-6 w-1.5 rounded-full bg-accent" />
          <span className="hidden sm:inline">{siteConfig.name}</span>
          <span className="sm:hidden">{siteConfig.shortName}</span>
        </a>
        <div className="sm:ml-auto">
          <SiteSearch />
        </div>
        <nav aria-label="Site" className="text-sm">
          <ul className="flex gap-4">
            {guides.map((guide) => (
              <li key={guide.slug}>
                <a href={guide.href} className="text-muted hover:text-accent">
                  The guide
                </a>
              </li>
            ))}
            <li>
              <a href="/articles" className="text-muted hover:text-accent">
                Articles
              </a>
            </li>
            {hasGlossary && (
              <li>
                <a href="/glossary" className="text-muted hover:text-accent">
                  Glossary
                </a>
              </li>
            )}
          </ul>
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}
