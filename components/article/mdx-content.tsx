import type { MDXContent } from 'mdx/types';

/** Renders a page's MDX body; the bundler compiles every content file at build time. */
export async function MdxContent({ contentPath }: { contentPath: string }) {
  const { default: Content }: { default: MDXContent } = await import(`@/content/${contentPath}.mdx`);
  return <Content />;
}
