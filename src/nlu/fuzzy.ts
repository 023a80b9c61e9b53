/**
 * Typo tolerance: a word that is not known is replaced by the closest keyword when the edit
 * distance is small (1 from 6 letters, 2 from 12). The first letter must match; typos there are rare
 * and the rule keeps ordinary words from drifting into keywords.
 */
export interface Lexicon {
  known: ReadonlySet<string>;
  byInitial: ReadonlyMap<string, readonly string[]>;
}

export function buildLexicon(keywords: Iterable<string>, protectedWords: Iterable<string>): Lexicon {
  const known = new Set<string>(protectedWords);
  const byInitial = new Map<string, string[]>();
  for (const k of keywords) {
    if (known.has(k)) continue;
    known.add(k);
    if (k.length < 5 || /[^a-z]/.test(k)) continue;
    const list = byInitial.get(k[0] ?? '') ?? [];
    list.push(k);
    byInitial.set(k[0] ?? '', list);
  }
  return { known, byInitial };
}

export function maxTypos(length: number): number {
  if (length >= 12) return 2;
  return length >= 6 ? 1 : 0;
}

/** Optimal string alignment distance (Damerau-Levenshtein without repeated edits), capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

export function closestKeyword(word: string, lexicon: Lexicon): string | undefined {
  const max = maxTypos(word.length);
  if (max === 0 || lexicon.known.has(word)) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of lexicon.byInitial.get(word[0] ?? '') ?? []) {
    const cap = Math.min(max, maxTypos(candidate.length));
    const d = editDistance(word, candidate, cap);
    if (d <= cap && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= max ? best : undefined;
}

/**
 * Replaces misspelt words in folded text; lengths may change, so this runs before any offsets are taken.
 * Words in `keep` (a person's name, see `nameWords`) stay as written: "Angela Merkel" is no typo of Angola.
 * `corrected` holds the keywords that only a correction produced.
 */
export function correctTypos(
  text: string,
  lexicon: Lexicon,
  keep: ReadonlySet<string> = new Set(),
): { text: string; corrected: Set<string> } {
  const corrected = new Set<string>();
  const out = text.replace(/[a-z]+/g, (w) => {
    if (keep.has(w)) return w;
    const fixed = closestKeyword(w, lexicon);
    if (fixed) corrected.add(fixed);
    return fixed ?? w;
  });
  return { text: out, corrected };
}

/**
 * The folded words of what looks like a person's name in the raw text: two capitalised words in a row
 * ("Angela Merkel", "Herr Jordan Peters") where one is neither a keyword nor one typo away from one.
 * Such words are never corrected towards a keyword.
 */
export function nameWords(raw: string, lexicon: Lexicon, fold: (s: string) => string): Set<string> {
  const names = new Set<string>();
  const unknown = (w: string) => !lexicon.known.has(w) && closestKeyword(w, lexicon) === undefined;
  for (const m of raw.matchAll(/(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \t]+(?=(\p{Lu}\p{Ll}+)(?![\p{L}]))/gu)) {
    const [a, b] = [fold(m[1] ?? ''), fold(m[2] ?? '')];
    if (!/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(b)) continue;
    if (unknown(a) || unknown(b)) {
      names.add(a);
      names.add(b);
    }
  }
  return names;
}
