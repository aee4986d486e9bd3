import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';

// Colors are CSS variables (set in app/globals.css) so one palette serves light and dark.
const color = (name: string) => `var(--color-${name})`;
// Dark mode swaps the palette's variables (app/globals.css), so the site never uses `prose-invert`.
// Its colors would still be declared on every page's text; null leaves them out of the stylesheet.
const unusedInvertColors = Object.fromEntries(
  ['body', 'headings', 'lead', 'links', 'bold', 'counters', 'bullets', 'hr', 'quotes', 'quote-borders', 'captions', 'kbd', 'kbd-shadows', 'code', 'pre-code', 'pre-bg', 'th-borders', 'td-borders'].map(
    (name) => [`--tw-prose-invert-${name}`, null],
  ),
);
const sans = ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', 'sans-serif'];

export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './content/**/*.mdx', './mdx-components.tsx'],
  theme: {
    extend: {
      colors: {
        paper: color('paper'),
        surface: color('surface'),
        ink: color('ink'),
        muted: color('muted'),
        line: color('line'),
        accent: color('accent'),
        'accent-soft': color('accent-soft'),
        'on-accent': color('on-accent'),
        tip: color('tip'),
        'tip-soft': color('tip-soft'),
        warning: color('warning'),
        'warning-soft': color('warning-soft'),
      },
      fontFamily: {
        sans,
        serif: ['Charter', '"Bitstream Charter"', '"Sitka Text"', 'Cambria', 'Georgia', 'serif'],
      },
      typography: {
        DEFAULT: {
          css: {
            '--tw-prose-body': color('ink'),
            '--tw-prose-headings': color('ink'),
            '--tw-prose-lead': color('muted'),
            '--tw-prose-links': color('accent'),
            '--tw-prose-bold': color('ink'),
            '--tw-prose-counters': color('muted'),
            '--tw-prose-bullets': color('muted'),
            '--tw-prose-hr': color('line'),
            '--tw-prose-quotes': color('ink'),
            '--tw-prose-quote-borders': color('line'),
            '--tw-prose-captions': color('muted'),
            '--tw-prose-code': color('ink'),
            '--tw-prose-th-borders': color('line'),
            '--tw-prose-td-borders': color('line'),
            ...unusedInvertColors,
            // The text's measure (app/globals.css): tables may use the whole article's width.
            maxWidth: 'none',
            '--measure': '58ch',
            a: { textUnderlineOffset: '0.2em', textDecorationThickness: '1px' },
            'h2, h3': { fontFamily: sans.join(', ') },
            'code::before': { content: 'none' },
            'code::after': { content: 'none' },
          },
        },
      },
    },
  },
  plugins: [typography],
} satisfies Config;
