/**
 * The sentences of a message, each with its closing punctuation. A sentence ends at `.`, `!` or `?`
 * followed by a space or the end, or at a line break — never inside a date ("seit dem 15.03.2024") and
 * not after a day or month number ("am 4. Dezember", "seit dem 15. 3. 2024"): cutting there made the
 * rest of the message read "15. 03. 2024", i.e. only a year.
 */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]+(?=\s|$)|\n+/g)) {
    const index = m.index ?? 0;
    if (m[0] === '.' && /(?:^|\D)\d{1,2}$/.test(text.slice(start, index))) continue;
    push(out, text.slice(start, index + m[0].length));
    start = index + m[0].length;
  }
  if (start < text.length) push(out, text.slice(start));
  return out;
}

/** The sentences of a message that ask nothing ("Nein. Wie lange dauert das?" → "Nein."). */
export const withoutQuestions = (text: string): string =>
  sentencesOf(text)
    .filter((s) => !s.includes('?'))
    .join(' ');

/** A piece of only white space belongs to the sentence before it, so joining the sentences gives the message. */
function push(out: string[], piece: string): void {
  const last = out.length - 1;
  if (piece.trim() === '' && last >= 0) out[last] += piece;
  else if (piece.trim() !== '') out.push(piece);
}
