import type { Root } from 'mdast';
import type { Plugin } from 'unified';

declare const remarkTypography: Plugin<[], Root>;
export default remarkTypography;
export function typeset(text: string): string;
