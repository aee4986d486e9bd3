import { describe, expect, it } from 'vitest';
import { neighbors } from '@/lib/content/navigation';
import { load, validGuide, frontmatter, body } from './fixture';

describe('previous and next in a guide', () => {
  const site = load({ ...validGuide(), 'guides/demo/gamma.mdx': frontmatter({ order: '3' }) + body });
  const guide = site.guides[0];
  const [alpha, beta, gamma] = guide.sections;

  it('walks the sections in order', () => {
    expect(neighbors(guide, beta)).toEqual({ previous: alpha, next: gamma });
  });

  it('has nothing before the overview and nothing after the last section', () => {
    expect(neighbors(guide, guide.overview)).toEqual({ previous: undefined, next: alpha });
    expect(neighbors(guide, gamma)).toEqual({ previous: beta, next: undefined });
  });

  it('leads from the overview into the first section and back', () => {
    expect(neighbors(guide, alpha)).toEqual({ previous: guide.overview, next: beta });
  });
});
