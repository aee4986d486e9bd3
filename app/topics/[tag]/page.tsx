import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TopicPage } from '@/components/topics/topic-list';
import { getSite, getTopic } from '@/lib/content';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSite().topics.map((topic) => ({ tag: topic.tag }));
}

export async function generateMetadata({ params }: PageProps<'/topics/[tag]'>): Promise<Metadata> {
  const topic = getTopic((await params).tag);
  if (!topic) return {};
  return {
    title: `Topic: ${topic.label}`,
    description: `Pages of the oncology and hematology career guide on ${topic.label}: ${topic.pages.map((page) => page.frontmatter.title).join('; ')}.`.slice(0, 160),
    alternates: { canonical: topic.href },
  };
}

export default async function TopicRoute({ params }: PageProps<'/topics/[tag]'>) {
  const topic = getTopic((await params).tag);
  if (!topic) notFound();
  return <TopicPage topic={topic} />;
}
