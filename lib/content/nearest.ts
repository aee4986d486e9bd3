/**
 * The candidate closest to a mistyped name, if it is within `allowed` edits: by default a third of
 * the name's length (at least two).
 */
export function nearest(name: string, candidates: readonly string[], allowed = Math.max(2, Math.floor(name.length / 3))): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance <= allowed ? best.candidate : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * What an editor probably meant by a name that matches nothing: the candidate spelled nearly the
 * same (nearest), or else those with every word of a name typed short.
 */
export function likelyMeant(name: string, candidates: readonly string[], allowed?: number): string[] {
  const near = nearest(name, candidates, allowed);
  return near ? [near] : sharingWords(name, candidates);
}

/**
 * Candidates with every word of a name typed short, as a heading id, a glossary id or a page's
 * address ("palliative-care" for "early-interdisciplinary-palliative-care", "/articles/pay" for
 * "/articles/pay-hours-and-contracts"), which nearest() is too strict to offer: at most `limit`,
 * in the candidates' order. Words are split on hyphens and slashes.
 */
function sharingWords(name: string, candidates: readonly string[], limit = 3): string[] {
  const wordsOf = (text: string) => text.toLowerCase().split(/[-/]+/).filter(Boolean);
  const wanted = wordsOf(name);
  if (wanted.length === 0) return [];
  return candidates.filter((candidate) => candidate !== name && wanted.every((word) => wordsOf(candidate).includes(word))).slice(0, limit);
}
