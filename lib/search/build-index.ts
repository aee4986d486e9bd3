import type { Site } from '../content';
import { pageLabel } from '../metadata';
import type { SearchIndex } from './types';

/** The search index of a site: every page, cut into its `##`/`###` sections. Built once per build. */
export function buildSearchIndex(site: Site): SearchIndex {
  const pages = [...site.guides.flatMap((guide) => [guide.overview, ...guide.sections]), ...site.articles];
  return {
    pages: pages.map((page) => ({ title: page.frontmatter.title, href: page.href, label: pageLabel(page) })),
    sections: pages.flatMap((page, pageIndex) =>
      page.sections
        .filter((section) => section.heading || section.text.trim())
        .map((section) => ({ page: pageIndex, heading: section.heading?.text ?? '', anchor: section.heading?.id ?? '', text: section.text.replace(/\s+/g, ' ').trim() })),
    ),
  };
}
