import { describe, expect, it } from 'vitest';
import { neighbours } from '@/lib/content/navigation';
import { load, validGuide, frontmatter, body } from './fixture';

describe('previous and next in a guide', () => {
  const site = load({ ...validGuide(), 'guides/demo/gamma.mdx': frontmatter({ order: '3' }) + body });
  const guide = site.guides[0];
  const [alpha, beta, gamma] = guide.sections;

  it('walks the sections in order', () => {
    expect(neighbours(guide, beta)).toEqual({ previous: alpha, next: gamma });
  });

  it('has nothing before the first section and nothing after the last', () => {
    expect(neighbours(guide, alpha)).toEqual({ previous: undefined, next: beta });
    expect(neighbours(guide, gamma)).toEqual({ previous: beta, next: undefined });
  });

  it('leads from the overview into the first section', () => {
    expect(neighbours(guide, guide.overview)).toEqual({ next: alpha });
  });
});
