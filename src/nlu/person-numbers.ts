import { wordsBefore } from './normalize.js';
import type { Doc, Finding } from './types.js';

const AGE =
  /(\d{1,2}) ?(?:jahre |jahren |j\. )?alt\b|(?:mann|frau|bewerber\w*|kandidat\w*|azubi|man|woman|candidate|applicant) \((\d{2})\)|(?:^|, |: )(\d{2}) (?:j\.|jahre(?=,|$))|(\d{1,2}) ?jaehrig\w*|(\d{1,2}) ?(?:years?|yrs?) (?:old|of age)|, (\d{2})(?=,(?!\d)|$)|\baged? (\d{1,2})\b|\balter:? (\d{1,2})\b|\b(?:ist|is|he's|she's|hes|shes) (\d{2})\b(?!\s*(?:[.,]\d|stunden|std|h\b|monat|jahre?n?\b|woche|tag|euro|eur|€|%|hours|months|years|weeks|days|uhr))/g;
const LEVEL = /\b([abc][12])\b/g;
const NOT_LANGUAGE = /^(fuehrerschein|fuehrerscheinklasse|klasse|class|license|licence|lkw|pkw|stufe)$/;
const DAY_FINES = /(\d+) (?:tagessaetze\w*|tagessatz\w*|daily (?:rates|fines|units)|day fines?)/g;
export const PERMIT =
  /beschaeftigungserlaubnis|arbeitserlaubnis|work permit|permission to work|erlaubnis zur beschaeftigung/;
const CUT_OFF = /11\. ?0?6\.? ?(?:20)?26\b|11\.? juni(?: 2026)?|juni 2026|june 2026|11 june|june 11|stichtag/;
const NEGATIVE = /\b(?:keine|kein|nicht|no|not|never|didn't|hadn't)\b/;

/** Facts carried by a number (age, CEFR level, day fines) and the 11 June 2026 cut-off; their spans are masked before dates are read. */
export function extractPersonNumbers(doc: Doc): Finding[] {
  const out: Finding[] = [];
  for (const m of doc.text.matchAll(AGE)) {
    const value = Number(m.slice(1).find((g) => g !== undefined));
    if (value >= 14 && value <= 80) {
      out.push({ key: 'age', value, start: m.index, end: m.index + m[0].length });
      break;
    }
  }
  for (const m of doc.text.matchAll(LEVEL)) {
    if (wordsBefore(doc.text, m.index, 2).some((w) => NOT_LANGUAGE.test(w))) continue;
    out.push({ key: 'germanLevel', value: (m[1] ?? '').toUpperCase(), start: m.index, end: m.index + m[0].length });
    break;
  }
  for (const m of doc.text.matchAll(DAY_FINES)) {
    const n = Number(m[1]);
    const value = n < 50 ? 'below_threshold' : n > 90 ? 'above_threshold' : undefined;
    if (value) out.push({ key: 'criminalConvictions', value, start: m.index, end: m.index + m[0].length });
    break;
  }
  for (const s of doc.sentences) {
    const sentence = doc.text.slice(s.start, s.end);
    const date = CUT_OFF.exec(sentence);
    if (!PERMIT.test(sentence) || !date) continue;
    const start = s.start + date.index;
    out.push({ key: 'hadWorkPermitOn11June2026', value: !NEGATIVE.test(sentence), start, end: start + date[0].length });
    break;
  }
  return out;
}
