import { afterAll, describe, expect, it } from 'vitest';
import { body, frontmatter, validGuide, writeContent } from './fixture';

// The routes themselves, over a content folder where one article and one section were renamed:
// `next build` prerenders each former address from these params, as the redirect thrown here
// (Next.js's NEXT_REDIRECT digest carries the address and the 308). What reaches the browser, a
// 308 from `next start`, was checked by hand with a build (commit 6063af5); to-document.test.ts
// covers the documents step leaving that prerender alone.
describe('a former address of a renamed page', () => {
  const previous = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = writeContent({
    ...validGuide(),
    'guides/demo/beta.mdx': frontmatter({ title: 'Beta', order: '2', formerSlugs: '[old-beta]' }) + body,
    'articles/new-name.mdx': frontmatter({ title: 'Renamed', formerSlugs: '[old-name]' }) + body,
  });
  afterAll(() => {
    process.env.CONTENT_DIR = previous;
  });
  const redirectOf = (rendering: Promise<unknown>) => rendering.then(() => undefined, (error: { digest?: string }) => error.digest);

  it('is prerendered as a permanent (308) redirect to the article', async () => {
    const { default: ArticlePage, generateStaticParams } = await import('@/app/articles/[slug]/page');
    expect(generateStaticParams()).toEqual(expect.arrayContaining([{ slug: 'new-name' }, { slug: 'old-name' }]));
    expect(await redirectOf(ArticlePage({ params: Promise.resolve({ slug: 'old-name' }) } as never))).toMatch(/^NEXT_REDIRECT;replace;\/articles\/new-name;308;/);
    expect(await redirectOf(ArticlePage({ params: Promise.resolve({ slug: 'never-was' }) } as never))).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it('is prerendered as a permanent (308) redirect to the guide section', async () => {
    const { default: SectionPage, generateStaticParams } = await import('@/app/guides/[guide]/[slug]/page');
    expect(generateStaticParams()).toContainEqual({ guide: 'demo', slug: 'old-beta' });
    expect(await redirectOf(SectionPage({ params: Promise.resolve({ guide: 'demo', slug: 'old-beta' }) } as never))).toMatch(/^NEXT_REDIRECT;replace;\/guides\/demo\/beta;308;/);
  });
});
