import { describe, expect, it } from 'vitest';
import { previewAlt, previewImage } from '@/lib/metadata';
import { siteConfig } from '@/lib/site-config';

describe('a link preview card', () => {
  const card = { label: 'Section 5 of 6', title: 'Patient care and building trust' };

  it('is described by the words it shows', () => {
    expect(previewAlt(card)).toBe(`Section 5 of 6: Patient care and building trust. ${siteConfig.name}`);
    expect(previewAlt({ label: 'Article', title: 'Why hematology?' })).toBe(`Article: Why hematology? ${siteConfig.name}`);
  });

  // Chat apps keep images by address: a card whose words changed must not be served from there.
  it('moves to a new address when its title or label changes, and only then', () => {
    const url = previewImage('/guides/g/patient-care', card).url;
    expect(url).toMatch(/^\/guides\/g\/patient-care\/opengraph-image\?v=[0-9a-f]{12}$/);
    expect(previewImage('/guides/g/patient-care', { ...card }).url).toBe(url);
    expect(previewImage('/guides/g/patient-care', { ...card, title: 'Patient care and trust' }).url).not.toBe(url);
    expect(previewImage('/guides/g/patient-care', { ...card, label: 'Section 4 of 6' }).url).not.toBe(url);
  });
});
