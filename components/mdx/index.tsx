import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import { Callout } from './callout';
import { Figure } from './figure';
import { Heading } from './heading';
import { KeyFacts } from './key-facts';
import { TrainingTimeline } from './training-timeline';

/** Elements and components every MDX file can use without importing them. */
export const mdxComponents: MDXComponents = {
  h2: (props: ComponentProps<'h2'>) => <Heading level={2} {...props} />,
  h3: (props: ComponentProps<'h3'>) => <Heading level={3} {...props} />,
  // Wide tables scroll inside the column instead of widening the page on phones.
  table: (props: ComponentProps<'table'>) => (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table">
      <table {...props} />
    </div>
  ),
  Callout,
  Figure,
  KeyFacts,
  TrainingTimeline,
};
