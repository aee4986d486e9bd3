import type { MetadataRoute } from 'next';
import { getSite } from '@/lib/content';
import { siteConfig } from '@/lib/site-config';

export default function sitemap(): MetadataRoute.Sitemap {
  const { pages, glossary, topics } = getSite();
  const newest = pages.map((page) => page.frontmatter.updated).sort().at(-1);
  return [
    { url: `${siteConfig.url}/`, lastModified: newest },
    { url: `${siteConfig.url}/articles`, lastModified: newest },
    ...(glossary.length > 0 ? [{ url: `${siteConfig.url}/glossary`, lastModified: newest }] : []),
    ...pages.map((page) => ({ url: `${siteConfig.url}${page.href}`, lastModified: page.frontmatter.updated })),
    { url: `${siteConfig.url}/topics`, lastModified: newest },
    ...topics.map((topic) => ({ url: `${siteConfig.url}${topic.href}`, lastModified: topic.pages.map((page) => page.frontmatter.updated).sort().at(-1) })),
  ];
}
