import type { Root } from 'mdast';
import type { Plugin } from 'unified';

declare const remarkTerms: Plugin<[], Root>;
export default remarkTerms;
