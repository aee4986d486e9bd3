import { fileURLToPath } from 'node:url';

/**
 * The remark plugins every MDX file is compiled with, by module name: Turbopack passes loader
 * options as plain data, so functions cannot be handed over. Our own plugins go by absolute path.
 */
export const remarkPluginNames = [
  'remark-frontmatter',
  'remark-gfm',
  // Citations first, so a heading's id and text never include a `[@source]` written in it.
  fileURLToPath(new URL('./citations.mjs', import.meta.url)),
  fileURLToPath(new URL('./terms.mjs', import.meta.url)),
  fileURLToPath(new URL('./heading-ids.mjs', import.meta.url)),
];
