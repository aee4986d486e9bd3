import type { Metadata } from 'next';
import { TopicIndex } from '@/components/topics/topic-list';
import { getSite } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Topics',
  description: 'Every subject the oncology and hematology career guide covers, with the pages on each.',
  alternates: { canonical: '/topics' },
};

export default function TopicsPage() {
  return <TopicIndex topics={getSite().topics} />;
}
