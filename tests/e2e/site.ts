import { readSite } from '@/lib/content/site';

/** The pages the build should have served, read from the same content the build read. */
export const site = readSite({ contentDir: 'content', includeDrafts: false });
export const guide = site.guides[0];
export const sections = guide.sections;
export const contentPages = site.pages;
