import { notFound } from 'next/navigation';
import { renderPageImage } from '@/components/og/page-image';
import { getSite, getTopic } from '@/lib/content';
import { topicCard } from '@/lib/metadata';

// Size, type and alt text are in the topic page's metadata, which names this image.
export const dynamicParams = false;

export function generateStaticParams() {
  return getSite().topics.map((topic) => ({ tag: topic.tag }));
}

export default async function Image({ params }: { params: Promise<{ tag: string }> }) {
  const topic = getTopic((await params).tag);
  if (!topic) notFound();
  return renderPageImage(topicCard(topic));
}
