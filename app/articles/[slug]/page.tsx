import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleLayout } from '@/components/article/article-layout';
import { pageMetadata } from '@/lib/metadata';
import { getArticle, getSite } from '@/lib/content';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSite().articles.map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: PageProps<'/articles/[slug]'>): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return pageMetadata(article);
}

export default async function ArticlePage({ params }: PageProps<'/articles/[slug]'>) {
  const article = getArticle((await params).slug);
  const guide = getSite().guides[0];
  if (!article) notFound();
  const trail = [
    { name: 'Home', href: '/' },
    { name: 'Articles', href: '/articles' },
    { name: article.frontmatter.title, href: article.href },
  ];
  return <ArticleLayout page={article} guide={guide} trail={trail} />;
}
