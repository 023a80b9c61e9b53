/**
 * A fact's value as the employer would type it into the chip's editor (the reverse of `typedChoiceValue`):
 * `2025-09-03` → `03.09.2025`, `2025-09` → `09/2025`, `2025` → `2025`, a number as it is. Empty for values
 * that are chosen from buttons, not typed.
 */
export function typedText(kind: string, value: unknown): string {
  if (kind === 'number' && typeof value === 'number') return String(value);
  if (kind !== 'date' || typeof value !== 'string') return '';
  const [year, month, day] = value.split('-');
  if (day && month) return `${day}.${month}.${year}`;
  if (month) return `${month}/${year}`;
  return year ?? '';
}

/**
 * A value typed into a fact chip's editor, read for the fact's kind: a number for numeric facts, a
 * (partial) date for date facts ("09/2025", "3.9.2025", "2025"), as the API's `{ choice }` takes it.
 * Undefined when the text does not read as one: it then goes to the conversation as free text.
 */
export function typedChoiceValue(kind: string, raw: string): string | undefined {
  const text = raw.trim();
  if (kind === 'number') {
    const n = Number(text.replace(',', '.').replace(/[^\d.]/g, ''));
    return text !== '' && Number.isFinite(n) ? String(n) : undefined;
  }
  if (kind !== 'date') return undefined;
  const pad = (v: string) => v.padStart(2, '0');
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (m) return [m[1], m[2] && pad(m[2]), m[3] && pad(m[3])].filter(Boolean).join('-');
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  if (m?.[1] && m[2] && m[3]) return `${m[3]}-${pad(m[2])}-${pad(m[1])}`;
  m = /^(\d{1,2})[./](\d{4})$/.exec(text);
  if (m?.[1] && m[2]) return `${m[2]}-${pad(m[1])}`;
  return undefined;
}
