import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adviserTexts } from '../../src/adviser/texts.js';
import { ESCALATION_CODES } from '../../src/domain/findings.js';
import { escalateByButton } from './support/employer.js';
import { type AdviserClient, signIn } from './support/http.js';
import { startLotse, type TestLotse } from './support/lotse.js';
import { answerUntilVerdict, type SeededStats, seedStats } from './support/stats-seed.js';

// Issue 19, point 3: the project's statistics from SQL, checked against the rows in the file
// (computed here independently), with small cells suppressed and nothing that points at a person.

const RANGE = { from: '2026-01-01', to: '2026-06-30' };

let lotse: TestLotse;
let adviser: AdviserClient;
let seeded: SeededStats;

beforeAll(async () => {
  lotse = await startLotse();
  adviser = await signIn(lotse.app, (await lotse.addAdviser('Stefanie Zahl')).email);
  const db = lotse.writable();
  seeded = seedStats(db);
}, 60_000);
afterAll(() => lotse?.stop());

const suppressed = (n: number) => (n > 0 && n < 5 ? '< 5' : n);
const report = async (query = `from=${RANGE.from}&to=${RANGE.to}`) => {
  const response = await adviser.get(`/stats?${query}`);
  expect(response.status).toBe(200);
  return response.json();
};
const rows = <T>(sql: string, ...params: unknown[]) => {
  const db = lotse.readonly();
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
};
/** Counts of `column` per value among rows whose date lies in the range. */
function countBy(table: string, column: string, dateColumn: string) {
  const all = rows<Record<string, string | null>>(`SELECT * FROM ${table}`).filter((r) => {
    const day = String(r[dateColumn]).slice(0, 10);
    return day >= RANGE.from && day <= RANGE.to;
  });
  const counts = new Map<string, number>();
  for (const r of all) {
    const key = r[column];
    if (key === null || key === undefined) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
const mondayOf = (iso: string) => {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
};

describe('GET /api/v1/adviser/stats', () => {
  it('needs an adviser session', async () => {
    expect((await lotse.app.request(`/api/v1/adviser/stats?from=${RANGE.from}&to=${RANGE.to}`)).status).toBe(401);
    expect((await lotse.app.request('/api/v1/adviser/stats.csv')).status).toBe(401);
  });

  it('counts conversations and hand-offs as the rows in the file, per week and per month, small ones as "< 5"', async () => {
    const body = await report();
    const conversations = countBy('conversation_stats', 'channel', 'started_at');
    const handoffs = countBy('case_stats', 'channel', 'created_at');
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(body.totals.conversations).toBe(suppressed(total(conversations)));
    expect(body.totals.handoffs).toBe(suppressed(total(handoffs)));
    expect(total(conversations)).toBe(seeded.conversations);

    const perWeek = new Map<string, { conversations: number; handoffs: number }>();
    const perMonth = new Map<string, { conversations: number; handoffs: number }>();
    const add = (map: typeof perWeek, key: string, field: 'conversations' | 'handoffs') => {
      const row = map.get(key) ?? { conversations: 0, handoffs: 0 };
      row[field]++;
      map.set(key, row);
    };
    for (const r of rows<{ started_at: string }>('SELECT started_at FROM conversation_stats'))
      if (r.started_at.slice(0, 10) >= RANGE.from && r.started_at.slice(0, 10) <= RANGE.to) {
        add(perWeek, mondayOf(r.started_at), 'conversations');
        add(perMonth, r.started_at.slice(0, 7), 'conversations');
      }
    for (const r of rows<{ created_at: string }>('SELECT created_at FROM case_stats'))
      if (r.created_at.slice(0, 10) >= RANGE.from && r.created_at.slice(0, 10) <= RANGE.to) {
        add(perWeek, mondayOf(r.created_at), 'handoffs');
        add(perMonth, r.created_at.slice(0, 7), 'handoffs');
      }
    const expected = (map: typeof perWeek) =>
      [...map]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([period, c]) => ({
          period,
          conversations: suppressed(c.conversations),
          handoffs: suppressed(c.handoffs),
        }));
    expect(body.perWeek.map(({ label: _, ...r }: { label: string }) => r)).toEqual(expected(perWeek));
    expect(body.perMonth.map(({ label: _, ...r }: { label: string }) => r)).toEqual(expected(perMonth));
    expect(body.perWeek[0].label).toMatch(/^KW \d+\/2026$/);
    expect(body.perMonth.map((r: { label: string }) => r.label)).toContain('Jan. 2026');
  });

  it('gives verdicts, reasons, triggers, channels and outcomes as the rows say', async () => {
    const body = await report();
    const byKey = (list: { key: string; conversations?: unknown; handoffs: unknown }[]) =>
      Object.fromEntries(list.map((r) => [r.key, { conversations: r.conversations, handoffs: r.handoffs }]));
    const verdictsC = countBy('conversation_stats', 'verdict', 'started_at');
    const verdictsH = countBy('case_stats', 'verdict', 'created_at');
    for (const key of new Set([...verdictsC.keys(), ...verdictsH.keys()]))
      expect(byKey(body.verdicts)[key]).toEqual({
        conversations: suppressed(verdictsC.get(key) ?? 0),
        handoffs: suppressed(verdictsH.get(key) ?? 0),
      });
    expect(body.verdicts.find((v: { key: string }) => v.key === 'permission_required').label).toBe(
      'Erlaubnis der Ausländerbehörde nötig',
    );

    const reasons = new Map<string, number>();
    for (const r of rows<{ reasons: string; created_at: string }>('SELECT reasons, created_at FROM case_stats'))
      if (r.created_at.slice(0, 10) >= RANGE.from && r.created_at.slice(0, 10) <= RANGE.to)
        for (const code of JSON.parse(r.reasons) as string[]) reasons.set(code, (reasons.get(code) ?? 0) + 1);
    expect(
      Object.fromEntries(body.reasons.map((r: { key: string; handoffs: unknown }) => [r.key, r.handoffs])),
    ).toEqual(Object.fromEntries([...reasons].map(([k, n]) => [k, suppressed(n)])));
    expect(body.reasons.find((r: { key: string }) => r.key === 'removal_pending').label).toBe(
      'Konkrete Maßnahmen zur Aufenthaltsbeendigung',
    );
    const triggers = countBy('case_stats', 'handoff_trigger', 'created_at');
    expect(
      Object.fromEntries(body.triggers.map((r: { key: string; handoffs: unknown }) => [r.key, r.handoffs])),
    ).toEqual(Object.fromEntries([...triggers].map(([k, n]) => [k, suppressed(n)])));
    const channelsC = countBy('conversation_stats', 'channel', 'started_at');
    expect(byKey(body.channels).web?.conversations).toBe(suppressed(channelsC.get('web') ?? 0));
    const outcomes = countBy('case_stats', 'outcome', 'created_at');
    const returned = rows<{ n: number }>(
      "SELECT COUNT(*) AS n FROM case_stats WHERE status = 'returned' AND substr(created_at, 1, 10) BETWEEN ? AND ?",
      RANGE.from,
      RANGE.to,
    )[0]?.n;
    expect(
      Object.fromEntries(body.outcomes.map((r: { key: string; handoffs: unknown }) => [r.key, r.handoffs])),
    ).toEqual({
      ...Object.fromEntries([...outcomes].map(([k, n]) => [k, suppressed(n)])),
      returned: suppressed(returned ?? 0),
    });
  });

  it('names every reason the rules can give in words, in both languages (review finding 20: "ban" was shown as code)', () => {
    for (const lang of ['de', 'en'] as const) {
      const texts = adviserTexts(lang) as Record<string, string>;
      for (const code of ESCALATION_CODES) expect(texts[`reasonCode.${code}`], `${lang} ${code}`).toMatch(/\p{L}{3}/u);
    }
  });

  it('groups nationalities with fewer than five into one row, so none stands out', async () => {
    const body = await report();
    const counts = countBy('conversation_stats', 'nationality', 'started_at');
    const cases = countBy('case_stats', 'nationality', 'created_at');
    const common = [...counts].filter(([k, n]) => n >= 5 || (cases.get(k) ?? 0) >= 5);
    const rare = [...counts].filter(([k, n]) => n < 5 && (cases.get(k) ?? 0) < 5);
    expect(rare.length).toBeGreaterThan(1);
    expect(body.nationalities.map((r: { key: string }) => r.key)).toEqual([...common.map(([k]) => k), 'other']);
    expect(body.nationalities.find((r: { key: string }) => r.key === 'SY').label).toBe('Syrien');
    const other = body.nationalities.at(-1);
    expect(other.label).toContain(String(rare.length));
    expect(other.conversations).toBe(suppressed(rare.reduce((sum, [, n]) => sum + n, 0)));
    expect(JSON.stringify(body.nationalities)).not.toContain('ER'); // a rare one is never named
  });

  it('gives the median and the 90th percentile of the time to the first adviser reply', async () => {
    const body = await report();
    const waits = rows<{ created_at: string; first_reply_at: string }>(
      'SELECT created_at, first_reply_at FROM case_stats WHERE first_reply_at IS NOT NULL',
    )
      .filter((r) => r.created_at.slice(0, 10) >= RANGE.from && r.created_at.slice(0, 10) <= RANGE.to)
      .map((r) => (Date.parse(r.first_reply_at) - Date.parse(r.created_at)) / 60_000)
      .sort((a, b) => a - b);
    const rank = (p: number) => waits[Math.ceil(p * waits.length) - 1] ?? Number.NaN;
    expect(waits.length).toBeGreaterThanOrEqual(5);
    expect(body.firstReply).toEqual({
      cases: suppressed(waits.length),
      medianMinutes: Math.round(rank(0.5) * 10) / 10,
      p90Minutes: Math.round(rank(0.9) * 10) / 10,
    });
    // Fewer than five cases give no figure at all.
    const few = await report('from=2026-06-29&to=2026-06-30');
    expect(few.firstReply.medianMinutes).toBeNull();
  });

  it('checks the range: not backwards, at most five years, dates only', async () => {
    expect((await adviser.get('/stats?from=2026-06-01&to=2026-01-01')).status).toBe(400);
    expect((await adviser.get('/stats?from=2015-01-01&to=2026-01-01')).status).toBe(400);
    expect((await adviser.get('/stats?from=gestern')).status).toBe(400);
  });
});

describe('statistics from real conversations', () => {
  it('record the verdict and nationality of a conversation and keep them, anonymous, after it is erased', async () => {
    const { id } = await lotse.conversations.create('de');
    await answerUntilVerdict(lotse.conversations, id);
    const [row] = rows<{ verdict: string; nationality: string; conversation_id: string | null }>(
      'SELECT * FROM conversation_stats WHERE conversation_id = ?',
      id,
    );
    expect(row).toMatchObject({ verdict: 'permission_required', nationality: 'SY' });
    expect((await lotse.app.request(`/api/v1/conversations/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect(rows('SELECT * FROM conversation_stats WHERE conversation_id = ?', id)).toEqual([]);
    const left = rows<Record<string, unknown>>('SELECT * FROM conversation_stats WHERE conversation_id IS NULL');
    expect(left.length).toBeGreaterThan(0);
    expect(JSON.stringify(left)).not.toContain(id);
  });

  it('keep a case anonymous after its conversation is erased, with its first reply and outcome', async () => {
    const conversationId = await escalateByButton(lotse.conversations);
    const id = lotse.caseOf(conversationId);
    await adviser.post(`/escalations/${id}/claim`);
    await adviser.post(`/escalations/${id}/replies`, { text: 'Guten Tag' });
    await adviser.post(`/escalations/${id}/close`, { outcome: 'no_reply' });
    const [before] = rows<{ case_number: number }>('SELECT case_number FROM case_stats WHERE escalation_id = ?', id);
    await lotse.app.request(`/api/v1/conversations/${conversationId}`, { method: 'DELETE' });
    const [after] = rows<Record<string, unknown>>(
      'SELECT * FROM case_stats WHERE case_number = ?',
      before?.case_number,
    );
    expect(after).toMatchObject({
      escalation_id: null,
      status: 'closed',
      outcome: 'no_reply',
      first_reply_at: expect.any(String),
    });
  });

  it('list the questions the bot could not answer and the answers rated not helpful, without contact details', async () => {
    const { id } = await lotse.conversations.create('de');
    await answerUntilVerdict(lotse.conversations, id);
    const gap = 'Xylophon Quarkspeise Zebrastreifen? Rufen Sie mich an: 0151 2345678 oder max@example.org';
    const unanswered = await lotse.conversations.post(id, { text: gap });
    expect(unanswered.messages.at(-1)?.unanswered).toBe(true);
    const answer = unanswered.messages.at(-1)?.id ?? '';
    const rated = await lotse.app.request(`/api/v1/conversations/${id}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        messageId: answer,
        rating: 'not_helpful',
        comment: '=HYPERLINK("x") ruft 030 1234567 an',
      }),
    });
    expect(rated.status).toBe(201);
    const today = new Date().toISOString().slice(0, 10);
    const body = await report(`from=${today}&to=${today}`);
    const question = 'Xylophon Quarkspeise Zebrastreifen? Rufen Sie mich an: [Nummer] oder [E-Mail]';
    expect(body.knowledgeGaps).toContainEqual({
      question,
      lang: 'de',
      count: '< 5',
      searchUrl: `/api/v1/knowledge/search?${new URLSearchParams({ q: question, lang: 'de' })}`,
    });
    expect(body.downVotes).toContainEqual({
      question,
      lang: 'de',
      count: '< 5',
      comments: ['=HYPERLINK("x") ruft [Nummer] an'],
    });
    expect(JSON.stringify(body)).not.toMatch(/0151|max@example|030 1234567/);

    // A plain yes or no is no question the knowledge base lacks (review finding 20). Since the bot remembers its
    // own adviser offer (S3-15), "Ja" after the unanswered question asks for the consent and "Natürlich nicht"
    // declines it: both are placed, neither is counted as unanswered.
    const replies = [];
    for (const reply of ['Ja', 'Natürlich nicht']) {
      const turn = await lotse.conversations.post(id, { text: reply });
      replies.push(turn);
      expect(turn.messages.some((m) => m.unanswered === true)).toBe(false);
    }
    expect(replies[0]?.state.pendingQuestion?.factKey).toBe('handoffConsent');
    expect(replies[1]?.state.status).not.toBe('with_adviser');
    const after = await report(`from=${today}&to=${today}`);
    expect(after.knowledgeGaps.map((g: { question: string }) => g.question)).not.toContain('Ja');
    expect(after.knowledgeGaps.map((g: { question: string }) => g.question)).not.toContain('Natürlich nicht');
    expect(after.knowledgeGaps.map((g: { question: string }) => g.question)).toContain(question);

    const csv = await adviser.get(`/stats.csv?from=${today}&to=${today}`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain(`lotse-statistik-${today}-${today}.csv`);
    const text = await csv.text();
    expect(text).toContain(`knowledge_gap,de,${question},,< 5`);
    expect(text.split('\r\n')[0]).toBe('Bereich,Schlüssel,Bezeichnung,Gespräche,Übergaben');
  });
});
