import { Children, isValidElement, type ReactNode } from 'react';

/** The text a heading shows, for the accessible names of its links. */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

/**
 * A section heading with a self link and a copy-link button. The tools sit in a margin the
 * heading's first line keeps free at its right, so showing them never wraps a line or changes
 * the heading's height, at any width; app/globals.css styles them. The button
 * stays invisible until the share-tools island (components/islands/share-tools.ts) can make it
 * copy, so a page with headings needs a <ShareTools> (PageMeta and the whole guide's header have
 * one); it copies this heading's link on this page, or `sharedAs`, a path that stands in for it
 * (the whole guide shares each heading as the link to it on its own page). The link is resolved
 * in the browser, not written out: a long page has a hundred of these buttons. Old ids from
 * `aliases` are anchors inside the heading, so old links still land here.
 */
export function Heading({ level, id, sharedAs, aliases = [], children }: { level: 2 | 3 | 4; id?: string; sharedAs?: string; aliases?: string[]; children?: ReactNode }) {
  const Tag = (['h2', 'h3', 'h4'] as const)[level - 2];
  const text = textOf(Children.toArray(children));
  return (
    <Tag id={id}>
      {aliases.map((alias) => (
        <span key={alias} id={alias} data-alias-of={id} />
      ))}
      {children}
      {id && (
        <span data-heading-tools>
          <a href={`#${id}`} aria-label={`Link to this section: ${text}`}>
            #
          </a>
          <button type="button" data-copy-link={sharedAs} aria-label={`Copy link to section: ${text}`} title="Copy link" />
        </span>
      )}
    </Tag>
  );
}
