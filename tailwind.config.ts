import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';

// Colours are CSS variables (set in app/globals.css) so one palette serves light and dark.
const colour = (name: string) => `var(--color-${name})`;
// Dark mode swaps the palette's variables (app/globals.css), so the site never uses `prose-invert`.
// Its colours would still be declared on every page's text; null leaves them out of the stylesheet.
const unusedInvertColours = Object.fromEntries(
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
        paper: colour('paper'),
        surface: colour('surface'),
        ink: colour('ink'),
        muted: colour('muted'),
        line: colour('line'),
        accent: colour('accent'),
        'accent-soft': colour('accent-soft'),
        'on-accent': colour('on-accent'),
        tip: colour('tip'),
        'tip-soft': colour('tip-soft'),
        warning: colour('warning'),
        'warning-soft': colour('warning-soft'),
      },
      fontFamily: {
        sans,
        serif: ['Charter', '"Bitstream Charter"', '"Sitka Text"', 'Cambria', 'Georgia', 'serif'],
      },
      typography: {
        DEFAULT: {
          css: {
            '--tw-prose-body': colour('ink'),
            '--tw-prose-headings': colour('ink'),
            '--tw-prose-lead': colour('muted'),
            '--tw-prose-links': colour('accent'),
            '--tw-prose-bold': colour('ink'),
            '--tw-prose-counters': colour('muted'),
            '--tw-prose-bullets': colour('muted'),
            '--tw-prose-hr': colour('line'),
            '--tw-prose-quotes': colour('ink'),
            '--tw-prose-quote-borders': colour('line'),
            '--tw-prose-captions': colour('muted'),
            '--tw-prose-code': colour('ink'),
            '--tw-prose-th-borders': colour('line'),
            '--tw-prose-td-borders': colour('line'),
            ...unusedInvertColours,
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
