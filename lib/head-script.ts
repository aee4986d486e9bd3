import { smoothScrollScript } from '@/lib/smooth-scroll';
import { themeScript } from '@/lib/theme';

/** The site's one inline script, in every page's <head> (app/layout.tsx): what must run before first paint. */
export const headScript = `${themeScript};${smoothScrollScript}`;
