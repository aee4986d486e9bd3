import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import { Callout } from './callout';
import { Figure } from './figure';
import { KeyFacts } from './key-facts';
import { Timeline } from './timeline';
import { TrainingTimeline } from './training-timeline';

/** Elements and components every MDX file can use without importing them (headings: see MdxContent). */
export const mdxComponents: MDXComponents = {
  // Wide tables scroll inside the column instead of widening the page on phones (edge shadows: globals.css).
  // Each region is named after the heading the table sits under (lib/mdx/heading-ids.mjs), so a
  // screen reader's list of regions tells the tables apart.
  table: ({ 'data-section': section, ...props }: ComponentProps<'table'> & { 'data-section'?: string }) => (
    <div className="overflow-x-auto" data-table-scroll tabIndex={0} role="region" aria-label={section ? `Table: ${section}` : 'Table'}>
      <table {...props} />
    </div>
  ),
  Callout,
  Figure,
  KeyFacts,
  Timeline,
  TrainingTimeline,
};
