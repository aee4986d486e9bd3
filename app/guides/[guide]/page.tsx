import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleLayout } from '@/components/article/article-layout';
import { pageMetadata } from '@/lib/metadata';
import { getGuide, getSite } from '@/lib/content';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSite().guides.map((guide) => ({ guide: guide.slug }));
}

export async function generateMetadata({ params }: PageProps<'/guides/[guide]'>): Promise<Metadata> {
  const guide = getGuide((await params).guide);
  if (!guide) return {};
  return pageMetadata(guide.overview);
}

export default async function GuideOverviewPage({ params }: PageProps<'/guides/[guide]'>) {
  const guide = getGuide((await params).guide);
  if (!guide) notFound();
  const trail = [
    { name: 'Home', href: '/' },
    { name: 'Guide', href: guide.href },
  ];
  return <ArticleLayout page={guide.overview} guide={guide} trail={trail} />;
}
