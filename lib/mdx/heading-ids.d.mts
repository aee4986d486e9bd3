import type { Node, Root } from 'mdast';
import type { Plugin } from 'unified';

export function headingText(node: Node): string;
export function assignHeadingIds(tree: Root): void;
declare const remarkHeadingIds: Plugin<[], Root>;
export default remarkHeadingIds;
