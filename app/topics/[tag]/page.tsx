import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TopicPage } from '@/components/topics/topic-list';
import { getSite, getTopic, type Topic } from '@/lib/content';
import { sharingTags, siteImage } from '@/lib/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSite().topics.map((topic) => ({ tag: topic.tag }));
}

/** Previews show about 160 characters of a description: name as many pages as fit, whole, and count the rest. */
const DESCRIPTION_LENGTH = 160;

function topicDescription(topic: Topic): string {
  const titles = topic.pages.map((page) => page.frontmatter.title);
  const naming = (shown: number) => {
    const rest = titles.length - shown;
    return `${titles.length === 1 ? 'One page' : `${titles.length} pages`} of the guide on ${topic.label}: ${titles.slice(0, shown).join('; ')}${rest ? `; and ${rest} more` : ''}.`;
  };
  let shown = titles.length;
  while (shown > 1 && naming(shown).length > DESCRIPTION_LENGTH) shown--;
  return naming(shown);
}

export async function generateMetadata({ params }: PageProps<'/topics/[tag]'>): Promise<Metadata> {
  const topic = getTopic((await params).tag);
  if (!topic) return {};
  const title = `Topic: ${topic.label}`;
  return {
    title,
    description: topicDescription(topic),
    alternates: { canonical: topic.href },
    ...sharingTags({ url: topic.href, title, image: siteImage }),
  };
}

export default async function TopicRoute({ params }: PageProps<'/topics/[tag]'>) {
  const topic = getTopic((await params).tag);
  if (!topic) notFound();
  return <TopicPage topic={topic} />;
}
