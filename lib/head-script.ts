import { smoothScrollScript } from '@/lib/smooth-scroll';
import { textPartsScript } from '@/lib/text-parts';
import { themeScript } from '@/lib/theme';

/** The site's one inline script, in every page's <head> (app/layout.tsx): what must run before first paint, and what must be listening from the start. */
export const headScript = `${themeScript};${smoothScrollScript};${textPartsScript}`;
