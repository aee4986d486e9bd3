import type { MDXComponents, MDXContent } from 'mdx/types';
import type { ComponentProps, ReactNode } from 'react';
import { Heading } from '@/components/mdx/heading';
import { CitationMarker } from './citation-marker';
import { GlossaryTerm } from './glossary-term';
import { getSite, type Page } from '@/lib/content';
import type { AnchorScope } from '@/lib/content/whole-guide';

/**
 * Renders a page's MDX body (compiled by the bundler at build time). Headings get the page's old
 * ids (aliases) as extra anchors and, in the whole guide, the path their copy button shares; citations
 * (`[@id]`, made `<Cite>` by lib/mdx/citations.mjs) get their source's number, and glossary
 * terms (`<Term>`, numbered by lib/mdx/terms.mjs) their definition.
 *
 * With a `scope` the page is one part of a longer document (the whole guide): its ids take the
 * scope's prefix, its headings sit one level lower under the page's title, and its links into
 * the document become in-page links. Copied heading links still name the page's own address.
 */
export async function MdxContent({ page, scope }: { page: Page; scope?: AnchorScope }) {
  const { default: Content }: { default: MDXContent } = await import(`@/content/${page.contentPath}.mdx`);
  const prefix = scope?.prefix ?? '';
  const aliasesOf = new Map<string, string[]>();
  for (const [oldId, currentId] of Object.entries(page.frontmatter.aliases ?? {})) aliasesOf.set(currentId, [...(aliasesOf.get(currentId) ?? []), prefix + oldId]);
  const heading = (level: 2 | 3) =>
    function PageHeading({ id, children }: ComponentProps<'h2'>) {
      return (
        <Heading
          level={scope ? ((level + 1) as 3 | 4) : level}
          id={id ? prefix + id : undefined}
          sharedAs={scope && id ? `${page.href}#${id}` : undefined}
          aliases={id ? aliasesOf.get(id) : undefined}
        >
          {children}
        </Heading>
      );
    };
  const sources = new Map(page.sources.map((source) => [source.id, source]));
  function Cite({ id, n }: { id: string; n: string }) {
    const source = sources.get(id);
    // The content check rejects unknown ids before a build gets here.
    if (!source) throw new Error(`${page.sourceFile}: citation [@${id}] names no source`);
    return <CitationMarker source={source} n={Number(n)} anchorPrefix={prefix} />;
  }
  const glossary = new Map(getSite().glossary.map((entry) => [entry.id, entry]));
  function Term({ id, n, children }: { id: string; n: string; children: ReactNode }) {
    const entry = glossary.get(id);
    // The content check rejects terms the glossary does not have before a build gets here.
    if (!entry) throw new Error(`${page.sourceFile}: <Term> "${id}" is not in the glossary`);
    return (
      <GlossaryTerm entry={entry} n={Number(n)} idPrefix={prefix}>
        {children}
      </GlossaryTerm>
    );
  }
  const components: MDXComponents = { h2: heading(2), h3: heading(3), Cite, Term };
  if (scope) components.a = ({ href, ...props }: ComponentProps<'a'>) => <a href={href === undefined ? href : scope.href(href)} {...props} />;
  return <Content components={components} />;
}
