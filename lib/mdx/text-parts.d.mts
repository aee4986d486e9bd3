import type { Root } from 'mdast';
import type { Plugin } from 'unified';

declare const remarkTextParts: Plugin<[], Root>;
export default remarkTextParts;
