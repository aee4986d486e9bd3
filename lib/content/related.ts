/** What the related-pages ranking needs to know about a page. */
export interface RelatedInput {
  slug: string;
  tags: readonly string[];
  text: string;
  /** Slugs the editor pinned, in order; they come first. */
  pinned?: readonly string[];
}

const STOP_WORDS = new Set(
  'about after also among and are because been before being between both but can could does during each either every for from had has have her here him his how into its just like made make many may more most much must not now off often once only other our out over own same see she should some such than that the their them then there these they this those through too under until upon very was were what when where which while who whom why will with within without would year years you your'.split(' '),
);
/** Terms kept per page: enough to tell topics apart, few enough that comparing stays cheap. */
const TERMS_PER_PAGE = 64;
/** A term on more pages than this says little about any pair of them, and is skipped: it keeps the candidates per page bounded. */
const MAX_PAGES_PER_TERM = 50;
const TEXT_WEIGHT = 0.6;
const TAG_WEIGHT = 0.4;

function terms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[a-z][a-z-]{2,}/g) ?? []) {
    if (!STOP_WORDS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * Term counts by page text, kept from the last ranking: `npm run dev` ranks the whole site again
 * after every edit, and only the edited page's text is new.
 */
let lastTermCounts = new Map<string, Map<string, number>>();

/** Unit-length TF-IDF vectors, cut to each page's strongest terms. */
function vectors(pages: readonly RelatedInput[]): Map<string, number>[] {
  const termCounts = new Map(pages.map((page) => [page.text, lastTermCounts.get(page.text) ?? terms(page.text)]));
  lastTermCounts = termCounts;
  const counts = pages.map((page) => termCounts.get(page.text)!);
  const documentFrequency = new Map<string, number>();
  for (const count of counts) for (const term of count.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  return counts.map((count) => {
    const weighted = [...count]
      .map(([term, frequency]): [string, number] => [term, (1 + Math.log(frequency)) * Math.log(pages.length / documentFrequency.get(term)!)])
      .filter(([, weight]) => weight > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TERMS_PER_PAGE);
    const length = Math.hypot(...weighted.map(([, weight]) => weight)) || 1;
    return new Map(weighted.map(([term, weight]) => [term, weight / length]));
  });
}

/**
 * For every page, the `count` most related other pages: pinned slugs first, then by a score
 * of shared tags (Jaccard) and text similarity (cosine of TF-IDF vectors), ties broken by
 * slug so the result never depends on file order. Only pages sharing a tag or a distinctive
 * term are compared, through inverted indexes, so the cost follows the overlap, not every pair.
 * A page with fewer related pages than `count` is topped up with others in slug order.
 */
export function rankRelated<T extends RelatedInput>(pages: readonly T[], count = 3): Map<string, T[]> {
  const bySlug = new Map(pages.map((page) => [page.slug, page]));
  const pageVectors = vectors(pages);
  const postings = new Map<string, { index: number; weight: number }[]>();
  pageVectors.forEach((vector, index) => {
    for (const [term, weight] of vector) (postings.get(term) ?? postings.set(term, []).get(term)!).push({ index, weight });
  });
  const tagCounts = pages.map((page) => new Set(page.tags).size);
  const tagged = new Map<string, number[]>();
  pages.forEach((page, index) => {
    for (const tag of new Set(page.tags)) (tagged.get(tag) ?? tagged.set(tag, []).get(tag)!).push(index);
  });

  // Pages with nothing in common still get a full footer, filled in slug order.
  const fallback = [...pages].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const related = new Map<string, T[]>();
  pages.forEach((page, index) => {
    const textScore = new Map<number, number>();
    for (const [term, weight] of pageVectors[index]) {
      const pagesWithTerm = postings.get(term)!;
      if (pagesWithTerm.length > MAX_PAGES_PER_TERM) continue;
      for (const other of pagesWithTerm) {
        if (other.index !== index) textScore.set(other.index, (textScore.get(other.index) ?? 0) + weight * other.weight);
      }
    }
    const sharedTags = new Map<number, number>();
    for (const tag of new Set(page.tags)) {
      for (const other of tagged.get(tag)!) if (other !== index) sharedTags.set(other, (sharedTags.get(other) ?? 0) + 1);
    }
    const score = (other: number) => {
      const shared = sharedTags.get(other) ?? 0;
      const union = tagCounts[index] + tagCounts[other] - shared;
      return TEXT_WEIGHT * (textScore.get(other) ?? 0) + TAG_WEIGHT * (union ? shared / union : 0);
    };
    const better = (a: { page: T; score: number }, b: { page: T; score: number }) => a.score > b.score || (a.score === b.score && a.page.slug < b.page.slug);

    const pinned = (page.pinned ?? []).map((slug) => bySlug.get(slug)).filter((other): other is T => other !== undefined && other !== page);
    // Keep only the best few while scanning the candidates: no need to sort them all.
    const best: { page: T; score: number }[] = [];
    for (const other of new Set([...textScore.keys(), ...sharedTags.keys()])) {
      const candidate = { page: pages[other], score: score(other) };
      if (pinned.includes(candidate.page)) continue;
      const position = best.findIndex((entry) => better(candidate, entry));
      if (position !== -1) best.splice(position, 0, candidate);
      else if (best.length < count) best.push(candidate);
      if (best.length > count) best.pop();
    }
    const ranked = best.map((entry) => entry.page);
    const chosen = [...pinned, ...ranked].slice(0, count);
    for (const other of fallback) {
      if (chosen.length >= count) break;
      if (other !== page && !chosen.includes(other)) chosen.push(other);
    }
    related.set(page.slug, chosen);
  });
  return related;
}
