import { correctionsDestination } from './corrections';

/**
 * Site-wide settings, read at build time. `SITE_URL` is the public origin used for canonical
 * and shared links; `CORRECTIONS_URL`, where readers' correction reports go (none: no link).
 */
export const siteConfig = {
  name: 'Oncology & Hematology Career Guide',
  shortName: 'OncHem Careers',
  description:
    'A practical, sourced guide to building a career in oncology and hematology: training, mentors, advancement, research, patient care and keeping up.',
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
  corrections: correctionsDestination(process.env.CORRECTIONS_URL),
} as const;
