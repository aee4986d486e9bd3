/**
 * The page's Share button and the live region that reports what it and the headings' copy-link
 * buttons did (components/islands/share-tools.ts). Disabled and invisible, not absent, until the
 * island runs: the line keeps its height and nothing shifts. Without scripting it never will, so it
 * takes no room (a blank row on a phone, where it wraps under the date).
 */
export function ShareTools({ title, url }: { title: string; url: string }) {
  return (
    <share-tools className="contents" data-title={title} data-url={url}>
      <button
        type="button"
        disabled
        className="cursor-pointer rounded-md border border-line bg-surface px-3 py-1 text-sm font-medium text-ink hover:border-accent hover:text-accent disabled:invisible noscript:hidden"
      >
        Share
      </button>
      <p role="status" aria-live="polite" className="text-sm text-accent" />
    </share-tools>
  );
}
