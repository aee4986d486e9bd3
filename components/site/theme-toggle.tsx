/**
 * Switches between light and dark (components/islands/theme-toggle.ts). Disabled and invisible,
 * not absent, until the island knows the theme: the header does not shift.
 */
export function ThemeToggle() {
  return (
    <theme-toggle className="contents">
      <button
        type="button"
        disabled
        aria-pressed="false"
        className="cursor-pointer rounded-md border border-line px-2.5 py-1 text-sm max-sm:ml-auto text-muted hover:border-accent hover:text-ink disabled:invisible aria-pressed:border-accent aria-pressed:text-ink"
      >
        Dark theme
      </button>
    </theme-toggle>
  );
}
