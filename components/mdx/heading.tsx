import { Children, isValidElement, type ReactNode } from 'react';

/** The text a heading shows, for the accessible names of its links. */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

// Quiet until the heading is hovered or the link focused; always shown where there is no hover (touch screens).
const revealed = 'opacity-0 group-hover:opacity-100 focus-visible:opacity-100 [@media(hover:none)]:opacity-100';

/**
 * A section heading with a self link and a copy-link button. The button keeps its place but
 * stays invisible until ShareTools can make it copy, so nothing moves when it appears. Old ids from `aliases` are anchors inside it, so old links still land here.
 */
export function Heading({ level, id, url, aliases = [], children }: { level: 2 | 3; id?: string; url?: string; aliases?: string[]; children?: ReactNode }) {
  const Tag = level === 2 ? 'h2' : 'h3';
  const text = textOf(Children.toArray(children));
  return (
    <Tag id={id} className="group relative">
      {aliases.map((alias) => (
        <span key={alias} id={alias} data-alias-of={id} />
      ))}
      {children}
      {id && (
        <span data-heading-tools className="ml-2 inline-flex items-center gap-1 align-middle font-sans text-base font-normal whitespace-nowrap">
          <a href={`#${id}`} aria-label={`Link to this section: ${text}`} className={`rounded px-1 text-muted no-underline hover:text-accent ${revealed}`}>
            #
          </a>
          {url && (
            <button
              type="button"
              data-copy-link={url}
              data-copy-ready="false"
              aria-label={`Copy link to section: ${text}`}
              className={`cursor-pointer rounded border border-line px-1.5 py-0.5 text-xs text-muted hover:border-accent hover:text-accent data-[copy-ready=false]:invisible ${revealed}`}
            >
              Copy link
            </button>
          )}
        </span>
      )}
    </Tag>
  );
}
