import createMDX from '@next/mdx';
import { remarkPluginNames } from './lib/mdx/remark-plugins.mjs';

const withMDX = createMDX({ options: { remarkPlugins: remarkPluginNames } });

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ['ts', 'tsx'],
  poweredByHeader: false,
};

export default withMDX(nextConfig);
