import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TopicPage } from '@/components/topics/topic-list';
import { getSite, getTopic, type Topic } from '@/lib/content';
import { countInWords } from '@/lib/count-in-words';
import { previewImage, sharingTags, topicCard } from '@/lib/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSite().topics.map((topic) => ({ tag: topic.tag }));
}

/** Previews show about 160 characters of a description: name as many pages as fit, whole, and count the rest. */
const DESCRIPTION_LENGTH = 160;

function topicDescription(topic: Topic): string {
  const titles = topic.pages.map((page) => page.frontmatter.title);
  const count = countInWords(titles.length);
  const naming = (shown: number) => {
    const rest = titles.length - shown;
    const listed = rest ? `${titles.slice(0, shown).join('; ')}; and ${countInWords(rest)} more` : titles.join('; ');
    const sentence = `${count[0].toUpperCase()}${count.slice(1)} ${titles.length === 1 ? 'page' : 'pages'} tagged “${topic.label}”: ${listed}`;
    return /[.?!]$/.test(sentence) ? sentence : `${sentence}.`;
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
    ...sharingTags({ url: topic.href, title, image: previewImage(topic.href, topicCard(topic)) }),
  };
}

export default async function TopicRoute({ params }: PageProps<'/topics/[tag]'>) {
  const topic = getTopic((await params).tag);
  if (!topic) notFound();
  return <TopicPage topic={topic} />;
}
