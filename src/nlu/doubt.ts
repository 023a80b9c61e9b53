import { UNKNOWN_RE } from './answers.js';
import { spanOf } from './normalize.js';
import type { Doc } from './types.js';

/**
 * "Keine Ahnung, ob sie einen Pass hat", "not sure if it says employment permitted or only with permission", "Ob ein
 * Dublin-Verfahren läuft, wissen wir nicht": what the writer only wonders about is no fact. The words from the doubt's
 * "ob"/"whether"/"if" to the end of that clause (or from a leading "ob" to the doubt) state nothing.
 */
export const DOUBT_WHETHER =
  /\b(?:keine ahnung|kein plan|(?:weiss|wissen) (?:ich |wir )?(?:\w+ )?nicht|nicht sicher|unklar|unsicher|not sure|unsure|no idea|no clue|(?:don't|dont|do not|doesn't|does not) know|(?:can't|cannot|can not) (?:remember|say|tell)|(?:don't|do not) remember|wonder(?:ing)?|frag\w* mich|(?:need|have|has) to (?:check|ask|find out)|(?:grateful|like|want|wish) to know|(?:moechte\w*|wuerde\w*|wollen|will) (?:\w+ )?(?:gern\w* )?wissen|muss (?:ich |man )?(?:\w+ )?(?:nachfragen|fragen|pruefen|klaeren|nachschauen))\b,?(?: \w+){0,3} (?:ob|whether|if)\b/;
const LEADING_WHETHER = /(?:^|[,;:])\s*(?:ob|whether)\b/;
export function doubtSpans(doc: Doc): { start: number; end: number }[] {
  return doc.sentences.flatMap((s) => {
    const sentence = doc.text.slice(s.start, s.end);
    const m = DOUBT_WHETHER.exec(sentence);
    // The doubt reaches to the end of the clause of its "ob" ("…, ob das wichtig ist, aber er ist seit 2015 hier").
    if (m) return [{ start: s.start + m.index, end: spanOf(doc.clauses, s.start + m.index + m[0].length - 1).end }];
    const lead = LEADING_WHETHER.exec(sentence);
    if (!lead) return [];
    const from = lead.index + lead[0].length;
    const doubt = UNKNOWN_RE.exec(sentence.slice(from));
    return doubt ? [{ start: s.start + lead.index, end: s.start + from + doubt.index }] : [];
  });
}
