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
 * A section heading with a self link and a copy-link button. The tools sit in a margin the
 * heading keeps free at its right, level with its first line, so showing them never wraps a
 * line or changes the heading's height, at any width. The button stays invisible until
 * ShareTools can make it copy. Old ids from `aliases` are anchors inside it, so old links still land here.
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
        <span data-heading-tools className="absolute top-0 right-0 flex h-[1lh] items-center gap-1 font-sans text-base font-normal">
          <a href={`#${id}`} aria-label={`Link to this section: ${text}`} className={`rounded px-1 text-muted no-underline hover:text-accent ${revealed}`}>
            #
          </a>
          {url && (
            <button
              type="button"
              data-copy-link={url}
              data-copy-ready="false"
              aria-label={`Copy link to section: ${text}`}
              title="Copy link"
              className={`grid size-7 cursor-pointer place-items-center rounded border border-line text-muted hover:border-accent hover:text-accent data-[copy-ready=false]:invisible ${revealed}`}
            >
              <svg data-icon="link" aria-hidden="true" viewBox="0 0 16 16" className="size-4 fill-none stroke-current stroke-[1.5]">
                <path d="M6.5 9.5a3 3 0 0 0 4.2 0l2.3-2.3a3 3 0 0 0-4.2-4.2l-.9.9M9.5 6.5a3 3 0 0 0-4.2 0L3 8.8a3 3 0 0 0 4.2 4.2l.9-.9" strokeLinecap="round" />
              </svg>
              <svg data-icon="copied" aria-hidden="true" viewBox="0 0 16 16" className="hidden size-4 fill-none stroke-current stroke-[1.5]">
                <path d="m3.5 8.5 3 3 6-7" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            </button>
          )}
        </span>
      )}
    </Tag>
  );
}
