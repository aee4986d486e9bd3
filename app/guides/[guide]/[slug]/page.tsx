import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleLayout } from '@/components/article/article-layout';
import { pageMetadata } from '@/lib/metadata';
import { getGuide, getMovedPage, getSection, getSite } from '@/lib/content';

export const dynamicParams = false;

// Former slugs too: each is prerendered as a permanent redirect to the section's address.
export function generateStaticParams() {
  return getSite().guides.flatMap((guide) =>
    guide.sections.flatMap((section) => [section.slug, ...(section.frontmatter.formerSlugs ?? [])]).map((slug) => ({ guide: guide.slug, slug })),
  );
}

export async function generateMetadata({ params }: PageProps<'/guides/[guide]/[slug]'>): Promise<Metadata> {
  const { guide, slug } = await params;
  const section = getSection(guide, slug);
  if (!section) return {};
  return pageMetadata(section);
}

export default async function GuideSectionPage({ params }: PageProps<'/guides/[guide]/[slug]'>) {
  const { guide: guideSlug, slug } = await params;
  const guide = getGuide(guideSlug);
  const section = getSection(guideSlug, slug);
  if (!guide || !section) {
    const moved = getMovedPage(`/guides/${guideSlug}/${slug}`);
    if (moved) permanentRedirect(moved.href);
    notFound();
  }
  const trail = [
    { name: 'Home', href: '/' },
    { name: 'Guide', href: guide.href },
    { name: section.frontmatter.title, href: section.href },
  ];
  return <ArticleLayout page={section} guide={guide} trail={trail} />;
}
