import type { Lang } from './analyse-text.js';

/**
 * Words employers use where the entries use others ("Lehre" for Ausbildung, "Gehalt" for Lohn,
 * "wife" for spouse). In a query, each colloquial word also asks, more weakly, for the entries'
 * words; one way only, so a query in the entries' own words is not diluted. General employer
 * vocabulary only: a line names one meaning, not one question.
 */
export const SYNONYMS: Record<Lang, readonly { says: readonly string[]; means: readonly string[] }[]> = {
  de: [
    { says: ['lehre', 'lehrling'], means: ['ausbildung', 'auszubildende'] },
    { says: ['gehalt', 'verdienst', 'bezahlung'], means: ['lohn'] },
    { says: ['gekündigt', 'kündigt', 'aufhören', 'aufgehört'], means: ['kündigung', 'ende'] },
    { says: ['frau', 'ehefrau', 'ehemann'], means: ['ehepartner', 'ehegatte', 'lebenspartner'] },
    { says: ['arbeitsamt'], means: ['arbeitsagentur', 'bundesagentur'] },
    { says: ['gefängnis', 'knast'], means: ['freiheitsstrafe', 'strafbar'] },
    { says: ['heimat', 'heimatland'], means: ['herkunftsland'] },
    { says: ['fliegen', 'verreisen', 'urlaub'], means: ['reise', 'reisen'] },
    { says: ['umziehen', 'umzieht'], means: ['umzug'] },
    { says: ['übersicht'], means: ['überblick'] },
    { says: ['abbrechen', 'abbricht'], means: ['abbruch', 'abgebrochen'] },
    { says: ['abgeschoben', 'abschieben'], means: ['abschiebung'] },
    { says: ['einreisen'], means: ['einreise', 'eingereist'] },
    { says: ['std'], means: ['stunden'] },
    { says: ['kostet', 'kosten'], means: ['gebühr', 'gebühren'] },
  ],
  en: [
    { says: ['apprenticeship', 'apprentice'], means: ['training', 'trainee'] },
    { says: ['quit', 'quits', 'resign', 'resigned', 'resigns', 'leaves'], means: ['end', 'ends', 'termination'] },
    { says: ['salary'], means: ['pay', 'wage'] },
    { says: ['wife', 'husband'], means: ['spouse', 'partner'] },
    { says: ['prison', 'jail'], means: ['imprisonment', 'criminal'] },
    { says: ['holiday', 'vacation', 'trip'], means: ['travel'] },
    { says: ['move', 'moving'], means: ['relocate', 'relocation'] },
    { says: ['finished'], means: ['completed', 'completion'] },
    { says: ['cost', 'costs'], means: ['fee', 'fees'] },
  ],
};

/**
 * Stem → the stems it stands for, limited to stems of the vocabulary (a word the entries never use
 * cannot match). Built once per index; a query then only looks words up.
 */
export function synonymStems(
  lang: Lang,
  vocabulary: ReadonlySet<string>,
  stem: (word: string) => string,
): Map<string, string[]> {
  const synonyms = new Map<string, string[]>();
  for (const { says, means } of SYNONYMS[lang]) {
    const targets = [...new Set(means.map(stem))].filter((s) => vocabulary.has(s));
    for (const from of new Set(says.map(stem))) {
      const to = targets.filter((s) => s !== from);
      if (to.length > 0) synonyms.set(from, [...new Set([...(synonyms.get(from) ?? []), ...to])]);
    }
  }
  return synonyms;
}
