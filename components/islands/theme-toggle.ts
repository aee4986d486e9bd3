import { THEME_STORAGE_KEY } from '@/lib/theme';
import { define, Island } from './define';

/** Switches between light and dark and remembers the choice; until then the system setting rules. */
class ThemeToggle extends Island {
  protected start(signal: AbortSignal): void {
    const button = this.querySelector('button')!;
    const system = matchMedia('(prefers-color-scheme: dark)');
    const dark = () => (document.documentElement.dataset.theme ?? (system.matches ? 'dark' : 'light')) === 'dark';
    const show = () => button.setAttribute('aria-pressed', String(dark()));
    button.addEventListener(
      'click',
      () => {
        const theme = dark() ? 'light' : 'dark';
        document.documentElement.dataset.theme = theme;
        try {
          localStorage.setItem(THEME_STORAGE_KEY, theme);
        } catch {
          // Storage blocked: the choice lasts for this page only.
        }
        show();
      },
      { signal },
    );
    system.addEventListener('change', show, { signal });
    show();
    button.disabled = false;
  }
}

define('theme-toggle', ThemeToggle);
