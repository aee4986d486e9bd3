import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import remarkCitations from './citations.mjs';
import remarkHeadingIds from './heading-ids.mjs';
import remarkTerms from './terms.mjs';
import remarkTypography from './typography.mjs';

/**
 * One of our own plugins, by absolute path, with a hash of its source (and of the modules of
 * ours it imports, such as ids.mjs) as an (unused) option: Turbopack's build cache keys compiled
 * MDX on the loader's options, not on the plugin's code, so without it an edited plugin would
 * leave pages compiled by the old one.
 * @param {string} file
 * @returns {[string, { source: string }]}
 */
function ownPlugin(file) {
  const path = fileURLToPath(new URL(file, import.meta.url));
  const source = readFileSync(path, 'utf8');
  const imported = [...source.matchAll(/from '(\.\/[^']+\.mjs)'/g)].map(([, local]) => readFileSync(fileURLToPath(new URL(local, import.meta.url)), 'utf8'));
  return [path, { source: createHash('sha256').update([source, ...imported].join('\n')).digest('hex').slice(0, 16) }];
}

/** Our own plugins, in the order they run, each with its module. */
const OWN_PLUGINS = [
  // Citations first, so a heading's id and text never include a `[@source]` written in it.
  ['./citations.mjs', remarkCitations],
  ['./terms.mjs', remarkTerms],
  // Before heading ids, so the table of contents shows a heading's quotes as the page does
  // (slugs drop quotes either way, so no id changes).
  ['./typography.mjs', remarkTypography],
  ['./heading-ids.mjs', remarkHeadingIds],
];

/**
 * The remark plugins every MDX file is compiled with, by module name: Turbopack passes loader
 * options as plain data, so functions cannot be handed over. Our own plugins go by absolute path.
 */
export const remarkPluginNames = ['remark-frontmatter', 'remark-gfm', ...OWN_PLUGINS.map(([file]) => ownPlugin(file))];

/** The same plugins of ours as functions, in the same order, for the content check's own parser. */
export const ownRemarkPlugins = OWN_PLUGINS.map(([, plugin]) => plugin);
