import type { MDXComponents } from 'mdx/types';
import { mdxComponents } from '@/components/mdx';

/** Maps MDX elements to the site's components; @next/mdx requires this file at the root. */
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return { ...mdxComponents, ...components };
}
