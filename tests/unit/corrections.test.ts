import { describe, expect, it } from 'vitest';
import { correctionHref, correctionsDestination } from '@/lib/corrections';

const page = { pageTitle: 'Education and training requirements', pageUrl: 'https://guide.example/guides/oncology-hematology/education-and-training' };

describe('suggest a correction', () => {
  it('is off until the operator sets CORRECTIONS_URL, and refuses an address that cannot take a report', () => {
    expect(correctionsDestination(undefined)).toBeUndefined();
    expect(correctionsDestination('  ')).toBeUndefined();
    expect(correctionsDestination('https://github.com/org/guide/issues/new')).toBe('https://github.com/org/guide/issues/new');
    expect(() => correctionsDestination('corrections@guide.example')).toThrow(/CORRECTIONS_URL must be/);
    expect(() => correctionsDestination('ftp://guide.example/new')).toThrow(/CORRECTIONS_URL must be/);
  });

  it('prefills a new issue with the page, keeping the tracker\'s own parameters', () => {
    const url = new URL(correctionHref('https://github.com/org/guide/issues/new?labels=correction', page));
    expect(url.searchParams.get('labels')).toBe('correction');
    expect(url.searchParams.get('title')).toBe('Correction: Education and training requirements');
    expect(url.searchParams.get('body')).toContain(`Address: ${page.pageUrl}\n`);
    expect(url.searchParams.get('body')).not.toContain('Section:');
  });

  it('names the heading the reader came to by a link', () => {
    const url = new URL(correctionHref('https://github.com/org/guide/issues/new', { ...page, heading: { id: 'board-certification', text: 'Board certification and keeping it' } }));
    expect(url.searchParams.get('title')).toBe('Correction: Education and training requirements › Board certification and keeping it');
    expect(url.searchParams.get('body')).toContain(`Address: ${page.pageUrl}#board-certification\nSection: Board certification and keeping it\n`);
  });

  it('writes a mail with subject and body to a mailto: address', () => {
    const href = correctionHref('mailto:editors@guide.example', page);
    expect(href).toMatch(/^mailto:editors@guide\.example\?subject=Correction%3A%20Education%20and%20training%20requirements&body=Page%3A%20/);
    expect(decodeURIComponent(href.split('body=')[1])).toContain(`Address: ${page.pageUrl}`);
  });
});
