import type { Root } from 'mdast';
import type { Plugin } from 'unified';

export const remarkPluginNames: (string | [string, { source: string }])[];
export const ownRemarkPlugins: Plugin<[], Root>[];
