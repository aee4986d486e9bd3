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
  table: (props: ComponentProps<'table'>) => (
    <div className="overflow-x-auto" data-table-scroll tabIndex={0} role="region" aria-label="Table">
      <table {...props} />
    </div>
  ),
  Callout,
  Figure,
  KeyFacts,
  Timeline,
  TrainingTimeline,
};
