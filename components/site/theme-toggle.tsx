'use client';

import { useEffect, useState } from 'react';
import { THEME_STORAGE_KEY } from '@/lib/theme';

/** Switches between light and dark and remembers the choice; until then the system setting rules. */
export function ThemeToggle() {
  const [dark, setDark] = useState<boolean>();

  useEffect(() => {
    const system = matchMedia('(prefers-color-scheme: dark)');
    const current = () => (document.documentElement.dataset.theme ?? (system.matches ? 'dark' : 'light')) === 'dark';
    setDark(current());
    const follow = () => setDark(current());
    system.addEventListener('change', follow);
    return () => system.removeEventListener('change', follow);
  }, []);

  const toggle = () => {
    const theme = dark ? 'light' : 'dark';
    document.documentElement.dataset.theme = theme;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, theme);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
    setDark(!dark);
  };

  return (
    <button
      type="button"
      disabled={dark === undefined}
      aria-pressed={dark ?? false}
      onClick={toggle}
      // Invisible, not absent, until it knows the theme: the header does not shift.
      className="cursor-pointer disabled:invisible rounded-md border border-line px-2.5 py-1 text-sm text-muted hover:border-accent hover:text-ink"
    >
      Dark theme
    </button>
  );
}
