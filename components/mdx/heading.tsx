import { Children, isValidElement, type ReactNode } from 'react';

/** The text a heading shows, for the accessible name of its self link. */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

/** `##` and `###` in MDX: the id comes from lib/mdx/heading-ids.mjs, the link lets readers share it. */
export function Heading({ level, id, children }: { level: 2 | 3; id?: string; children?: ReactNode }) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} className="group relative">
      {children}
      {id && (
        <a
          href={`#${id}`}
          aria-label={`Link to this section: ${textOf(Children.toArray(children))}`}
          className="ml-2 font-normal text-muted no-underline opacity-0 group-hover:opacity-100 focus-visible:opacity-100"
        >
          #
        </a>
      )}
    </Tag>
  );
}
