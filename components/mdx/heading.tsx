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
 * heading keeps free at its right, level with its first line, so showing them never wraps a
 * line or changes the heading's height, at any width; app/globals.css styles them. The button
 * stays invisible until the share-tools island (components/islands/share-tools.ts) can make it
 * copy. Old ids from `aliases` are anchors inside it, so old links still land here.
 */
export function Heading({ level, id, url, aliases = [], children }: { level: 2 | 3 | 4; id?: string; url?: string; aliases?: string[]; children?: ReactNode }) {
  const Tag = (['h2', 'h3', 'h4'] as const)[level - 2];
  const text = textOf(Children.toArray(children));
  return (
    <Tag id={id} className={id ? 'group relative pr-16' : undefined}>
      {aliases.map((alias) => (
        <span key={alias} id={alias} data-alias-of={id} />
      ))}
      {children}
      {id && (
        <span data-heading-tools>
          <a href={`#${id}`} aria-label={`Link to this section: ${text}`}>
            #
          </a>
          {url && <button type="button" data-copy-link={url} data-copy-ready="false" aria-label={`Copy link to section: ${text}`} title="Copy link" />}
        </span>
      )}
    </Tag>
  );
}
