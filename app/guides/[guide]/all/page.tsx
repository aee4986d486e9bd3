import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WholeGuideLayout } from '@/components/article/whole-guide-layout';
import { getGuide, getSite } from '@/lib/content';
import { wholeGuideHref, wholeGuideTitle } from '@/lib/content/whole-guide';
import { pagePreviewImage, sharingTags } from '@/lib/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSite().guides.map((guide) => ({ guide: guide.slug }));
}

export async function generateMetadata({ params }: PageProps<'/guides/[guide]/all'>): Promise<Metadata> {
  const guide = getGuide((await params).guide);
  if (!guide) return {};
  const title = wholeGuideTitle(guide);
  const description = `${guide.overview.frontmatter.description} The overview and every section on one page, for reading start to finish, saving as a PDF or printing.`;
  return {
    title,
    description,
    alternates: { canonical: wholeGuideHref(guide) },
    ...sharingTags({ url: wholeGuideHref(guide), title, description, image: pagePreviewImage(guide.overview) }),
    // The same text as the sections: search engines should send readers to those, not here.
    robots: { index: false, follow: true },
  };
}

export default async function WholeGuidePage({ params }: PageProps<'/guides/[guide]/all'>) {
  const guide = getGuide((await params).guide);
  if (!guide) notFound();
  const trail = [
    { name: 'Home', href: '/' },
    { name: 'Guide', href: guide.href },
    { name: 'Whole guide', href: wholeGuideHref(guide) },
  ];
  return <WholeGuideLayout guide={guide} trail={trail} />;
}
