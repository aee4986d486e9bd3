import path from 'node:path';
import createMDX from '@next/mdx';

// Turbopack hands MDX plugins to the loader by name, so they are strings (packages, or an
// absolute path for our own plugin), never imported functions.
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-frontmatter', 'remark-gfm', path.resolve('lib/mdx/heading-ids.mjs')],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ['ts', 'tsx'],
  poweredByHeader: false,
};

export default withMDX(nextConfig);
