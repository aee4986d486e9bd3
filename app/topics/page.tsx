import type { Metadata } from 'next';
import { TopicIndex } from '@/components/topics/topic-list';
import { getSite } from '@/lib/content';
import { sharingTags, siteImage } from '@/lib/metadata';

export const metadata: Metadata = {
  title: 'Topics',
  description: 'Every subject the oncology and hematology career guide covers, with the pages on each.',
  alternates: { canonical: '/topics' },
  ...sharingTags({ url: '/topics', title: 'Topics', image: siteImage }),
};

export default function TopicsPage() {
  return <TopicIndex topics={getSite().topics} />;
}
