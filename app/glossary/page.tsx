import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GlossaryList } from '@/components/glossary/glossary-list';
import { getSite } from '@/lib/content';
import { glossaryCard, previewImage, sharingTags } from '@/lib/metadata';

export const metadata: Metadata = {
  title: 'Glossary',
  description: 'The acronyms and terms used across the oncology and hematology career guide, each explained in a sentence or two.',
  alternates: { canonical: '/glossary' },
  ...sharingTags({ url: '/glossary', title: 'Glossary', image: previewImage('/glossary', glossaryCard) }),
};

export default function GlossaryPage() {
  const { glossary, termPages, pages } = getSite();
  if (glossary.length === 0) notFound();
  return <GlossaryList entries={glossary} termPages={termPages} pages={pages} />;
}
