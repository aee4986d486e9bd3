import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleLayout } from '@/components/article/article-layout';
import { pageMetadata } from '@/lib/metadata';
import { getArticle, getMovedPage, getSite } from '@/lib/content';

export const dynamicParams = false;

// Former slugs too: each is prerendered as a permanent redirect to the article's address.
export function generateStaticParams() {
  return getSite().articles.flatMap((article) => [article.slug, ...(article.frontmatter.formerSlugs ?? [])]).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/articles/[slug]'>): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return pageMetadata(article);
}

export default async function ArticlePage({ params }: PageProps<'/articles/[slug]'>) {
  const { slug } = await params;
  const article = getArticle(slug);
  const guide = getSite().guides[0];
  if (!article) {
    const moved = getMovedPage(`/articles/${slug}`);
    if (moved) permanentRedirect(moved.href);
    notFound();
  }
  const trail = [
    { name: 'Home', href: '/' },
    { name: 'Articles', href: '/articles' },
    { name: article.frontmatter.title, href: article.href },
  ];
  return <ArticleLayout page={article} guide={guide} trail={trail} />;
}
