import type { Root } from 'mdast';
import type { Plugin } from 'unified';

declare const remarkHeadingIds: Plugin<[], Root>;
export default remarkHeadingIds;
