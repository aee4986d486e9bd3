export interface Crumb {
  name: string;
  href: string;
}

/**
 * The trail to the current page; the last crumb is the page itself, which on a phone only screen
 * readers are told: the title right below says it, and there it wrapped onto lines of its own.
 */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {trail.map((crumb, index) => {
          const current = index === trail.length - 1;
          return (
            <li key={crumb.href} className={current ? 'flex items-center gap-2 max-sm:sr-only' : 'flex items-center gap-2'}>
              {index > 0 && <span aria-hidden="true">/</span>}
              {current ? (
                <span aria-current="page" className="text-ink">
                  {crumb.name}
                </span>
              ) : (
                <a href={crumb.href} className="underline-offset-2 hover:text-accent hover:underline">
                  {crumb.name}
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
