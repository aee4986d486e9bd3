import type { Root } from 'mdast';
import type { Plugin } from 'unified';

declare const remarkCitations: Plugin<[], Root>;
export default remarkCitations;
