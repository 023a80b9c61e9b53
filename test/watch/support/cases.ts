import { expect } from 'vitest';
import type { WatchedLotse } from './watched-lotse.js';

/** A Tunisian with a rejected asylum claim, asked about in May 2026 (before the EU list of 12.06.2026). */
export const TUNISIAN =
  'Wir möchten einen Mann aus Tunesien als Helfer in der Küche einstellen, 38 Stunden, 14 Euro. Er hat eine Duldung seit September 2025, sein Asylantrag wurde abgelehnt. Auf der Duldung steht: Beschäftigung nur mit Erlaubnis der Ausländerbehörde.';
/**
 * The same case with everything the rules need said in plain words, as an employer in May can say it (the
 * NLU reads the asylum month and the permit on 11.06.2026, the day before the EU list applies).
 */
export const TUNISIAN_IN_WORDS = `${TUNISIAN} Asyl hat er im April 2023 beantragt. Am 11.06.2026 wird er keine Beschäftigungserlaubnis haben.`;
/** What the employer adds when asked for details: applied for asylum in April 2023, no work permit before 12.06.2026. */
export const TUNISIAN_DETAILS = [
  { factKey: 'asylumAppliedOn', value: '2023-04' },
  { factKey: 'hadWorkPermitOn11June2026', value: 'false' },
];

interface View {
  id?: string;
  state: {
    status: string;
    facts?: Record<string, unknown>;
    pendingQuestion?: { factKey: string; options: Array<{ value: string }> };
    assessment?: { outcome: string; caseDates?: Array<{ id: string; date: string }> };
    notices?: Array<{ id: string; kind: string; date: string; text: string; before?: unknown; after?: unknown }>;
  };
}

export async function api(lotse: WatchedLotse, path: string, body?: unknown, method?: string) {
  const response = await lotse.app.request(path, {
    method: method ?? (body === undefined ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return response;
}

export async function view(lotse: WatchedLotse, path: string, body?: unknown, method?: string): Promise<View> {
  const response = await api(lotse, path, body, method);
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return (await response.json()) as View;
}

/** Answers what is still asked the cautious way (no, or "weiß nicht"), then gives the extra facts. */
export async function finish(
  post: (input: { choice: { factKey: string; value: string } }) => Promise<View>,
  first: View,
  extra: ReadonlyArray<{ factKey: string; value: string }> = [],
): Promise<View> {
  let current = first;
  for (let turn = 0; turn < 12 && current.state.pendingQuestion; turn++) {
    const q = current.state.pendingQuestion;
    const value =
      q.options.find((o) => o.value === 'false')?.value ?? q.options.find((o) => o.value === 'unknown')?.value;
    current = await post({ choice: { factKey: q.factKey, value: value ?? q.options[0]?.value ?? 'unknown' } });
  }
  for (const choice of extra) current = await post({ choice });
  return current;
}

/** A web conversation through the API, told until it has a verdict. */
export async function webCase(
  lotse: WatchedLotse,
  text: string,
  extra: ReadonlyArray<{ factKey: string; value: string }> = [],
) {
  const created = await view(lotse, '/api/v1/conversations', { lang: 'de' });
  const id = created.id as string;
  const post = (input: unknown) => view(lotse, `/api/v1/conversations/${id}/messages`, input);
  const last = await finish(post, await post({ text }), extra);
  expect(last.state.status).toBe('answered');
  return { id, last };
}
