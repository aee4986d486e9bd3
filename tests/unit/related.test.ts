import { describe, expect, it } from 'vitest';
import { rankRelated, type RelatedInput } from '@/lib/content/related';

const page = (slug: string, tags: string[], text: string, pinned?: string[]): RelatedInput => ({ slug, tags, text, pinned });

const pages = [
  page('fellowship', ['training', 'fellowship'], 'fellowship application interviews match programmes ranking letters'),
  page('match-timeline', ['fellowship'], 'match timeline application interviews ranking fellowship programmes'),
  page('residency', ['training'], 'internal medicine residency years rotations wards clinics'),
  page('trials', ['research'], 'clinical trials protocols enrolment research coordinators'),
  page('research-career', ['research'], 'research career grants trials mentors protected time'),
  page('bedside', ['patient-care'], 'bad news conversations families palliative care trust'),
];

describe('rankRelated', () => {
  const related = rankRelated(pages);

  it('gives every page three other pages, never itself', () => {
    for (const { slug } of pages) {
      const list = related.get(slug)!;
      expect(list).toHaveLength(3);
      expect(list.map((other) => other.slug)).not.toContain(slug);
      expect(new Set(list).size).toBe(3);
    }
  });

  it('ranks pages with shared tags and similar text first', () => {
    expect(related.get('fellowship')![0].slug).toBe('match-timeline');
    expect(related.get('trials')![0].slug).toBe('research-career');
  });

  it('puts pinned pages first, in the order the editor gave', () => {
    const pinned = rankRelated([...pages.slice(1), page('fellowship', ['training'], 'fellowship', ['bedside', 'trials'])]);
    expect(pinned.get('fellowship')!.map((other) => other.slug).slice(0, 2)).toEqual(['bedside', 'trials']);
  });

  it('does not depend on the order of the files', () => {
    const reversed = rankRelated([...pages].reverse());
    for (const { slug } of pages) expect(reversed.get(slug)!.map((other) => other.slug)).toEqual(related.get(slug)!.map((other) => other.slug));
  });

  it('breaks ties by slug', () => {
    const twins = [page('b-twin', ['x'], 'same words here'), page('a-twin', ['x'], 'same words here'), page('origin', ['x'], 'same words here')];
    expect(rankRelated(twins, 2).get('origin')!.map((other) => other.slug)).toEqual(['a-twin', 'b-twin']);
  });

  it('follows an edited text when the site is ranked again, as `npm run dev` does after a save', () => {
    const edited = pages.map((other) => (other.slug === 'bedside' ? page('bedside', ['patient-care'], 'clinical trials protocols enrolment research coordinators') : other));
    expect(rankRelated(edited).get('trials')![0].slug).toBe('bedside');
    expect(rankRelated(pages).get('trials')![0].slug).toBe('research-career');
  });

  it('returns fewer when there are not enough other pages', () => {
    expect(rankRelated([page('only', ['x'], 'alone')]).get('only')).toEqual([]);
  });
});
