import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalateByButton, escalateUrgentCase } from './support/employer.js';
import { type AdviserClient, jsonPost, signIn } from './support/http.js';
import { PASSWORD, startLotse, type TestLotse } from './support/lotse.js';

// Issue 19, points 1, 2 and 4 over the API: queue lines and facets, the case in the reader's
// language, saved replies, and the team administered without the command line.

interface Line {
  id: string;
  caseNumber: number;
  summary: string;
  reason: string;
  verdictLabel: string;
  lang: string;
  channel: string;
  urgency: string;
  status: string;
  waitingSince: string;
  createdAt: string;
  employerWroteLast: boolean;
  claimedBy: { name: string } | null;
  outcome: string | null;
  urgencyBasis: { factKey: string; source: string; messageId?: string } | null;
}

let lotse: TestLotse;
let anna: AdviserClient;
let boss: AdviserClient;
let annaId: string;

beforeAll(async () => {
  lotse = await startLotse();
  const [a, b] = await Promise.all([lotse.addAdviser('Anna Reihe'), lotse.addAdviser('Chefin Reihe', 'admin')]);
  annaId = a.id;
  [anna, boss] = await Promise.all([signIn(lotse.app, a.email), signIn(lotse.app, b.email)]);
}, 60_000);
afterAll(() => lotse?.stop());

async function queue(client: AdviserClient, query = '') {
  const response = await client.get(`/escalations?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { escalations: Line[]; counts: Record<string, number> };
}

/** An English employer who describes the case, then asks for a person. */
async function englishCase() {
  const { id } = await lotse.conversations.create('en');
  await lotse.conversations.post(id, {
    text: 'We want to hire a man from Afghanistan as a warehouse helper, 20 hours a week. He has a Duldung.',
  });
  await lotse.conversations.post(id, { choice: { factKey: 'action', value: 'handoff' } });
  await lotse.conversations.post(id, { choice: { factKey: 'handoffConsent', value: 'yes' } });
  return id;
}

describe('queue lines', () => {
  it('say what the case is about, why it came, since when it waits, and who holds it', async () => {
    const urgent = lotse.caseOf(await escalateUrgentCase(lotse.conversations));
    const { escalations } = await queue(anna);
    const line = escalations.find((e) => e.id === urgent);
    expect(line).toMatchObject({
      summary: 'Duldung · Tunesien · Arbeitsstelle · Deutsch',
      verdictLabel: 'Erlaubnis der Ausländerbehörde nötig',
      urgency: 'urgent',
      claimedBy: null,
      employerWroteLast: false,
    });
    expect(line?.reason.length).toBeGreaterThan(10);
    // The urgency rests on what the employer typed ("Ein Abschiebeflug ist schon gebucht"): that message is named.
    expect(line?.urgencyBasis).toMatchObject({ factKey: 'removalMeasuresPending', source: 'own_words' });
    const card = await (await anna.get(`/escalations/${urgent}`)).json();
    const basis = card.transcript.find((m: { id: string }) => m.id === line?.urgencyBasis?.messageId);
    expect(basis?.text).toContain('Abschiebeflug');
    // The verdict message folds to its headline, which names the verdict's label once ("Erlaubnis nötig: …").
    const folded = card.transcript.filter((m: { headline?: string }) => m.headline);
    expect(folded.length).toBeGreaterThan(0);
    for (const m of folded) expect(m.headline).not.toMatch(/^([^:]+): \1:/);
    expect(line?.waitingSince).toBe(line?.createdAt);
    await anna.post(`/escalations/${urgent}/claim`);
    expect((await queue(anna)).escalations.find((e) => e.id === urgent)?.claimedBy).toMatchObject({
      name: 'Anna Reihe',
    });
  });

  it('mark a case whose employer wrote last, waiting since that message, until an adviser answers', async () => {
    const conversationId = await escalateByButton(lotse.conversations);
    const id = lotse.caseOf(conversationId);
    await lotse.conversations.post(conversationId, { text: 'Sind Sie noch da?' });
    const waiting = (await queue(anna)).escalations.find((e) => e.id === id);
    expect(waiting?.employerWroteLast).toBe(true);
    expect((waiting?.waitingSince ?? '') > (waiting?.createdAt ?? '')).toBe(true);
    await anna.post(`/escalations/${id}/claim`);
    await anna.post(`/escalations/${id}/replies`, { text: 'Ja, ich bin da.' });
    expect((await queue(anna)).escalations.find((e) => e.id === id)?.employerWroteLast).toBe(false);
  });

  it('narrow by unassigned, mine, urgent, language and channel, with a count for each', async () => {
    await escalateByButton(lotse.conversations, 'slack');
    await englishCase();
    const all = await queue(anna);
    const count = (pick: (l: Line) => boolean) => all.escalations.filter(pick).length;
    expect(all.counts).toEqual({
      all: all.escalations.length,
      unassigned: count((l) => l.claimedBy === null),
      mine: count((l) => l.claimedBy?.name === 'Anna Reihe'),
      urgent: count((l) => l.urgency === 'urgent'),
      de: count((l) => l.lang === 'de'),
      en: count((l) => l.lang === 'en'),
      web: count((l) => l.channel === 'web'),
      slack: count((l) => l.channel === 'slack'),
    });
    for (const [query, pick] of [
      ['assigned=mine', (l: Line) => l.claimedBy?.name === 'Anna Reihe'],
      ['assigned=unassigned', (l: Line) => l.claimedBy === null],
      ['urgent=true', (l: Line) => l.urgency === 'urgent'],
      ['caseLang=en', (l: Line) => l.lang === 'en'],
      ['channel=slack', (l: Line) => l.channel === 'slack'],
    ] as const) {
      const narrowed = (await queue(anna, query)).escalations;
      expect(narrowed.map((l) => l.id)).toEqual(all.escalations.filter(pick).map((l) => l.id));
      expect(narrowed.length).toBeGreaterThan(0);
    }
    expect((await anna.get('/escalations?channel=fax')).status).toBe(400);
  });

  it('list finished cases newest first with their outcome', async () => {
    const first = lotse.caseOf(await escalateByButton(lotse.conversations));
    const second = lotse.caseOf(await escalateByButton(lotse.conversations));
    for (const id of [first, second]) await anna.post(`/escalations/${id}/claim`);
    await anna.post(`/escalations/${first}/close`, { outcome: 'hired' });
    await anna.post(`/escalations/${second}/hand-back`);
    const done = (await queue(anna, 'queue=done')).escalations;
    expect(done.slice(0, 2).map((l) => [l.id, l.status, l.outcome])).toEqual([
      [second, 'returned', null],
      [first, 'closed', 'hired'],
    ]);
  });
});

describe('a case in the reader’s language', () => {
  it('shows an English case with German facts, verdict and reasons in the German inbox, and English ones in the English inbox', async () => {
    const id = lotse.caseOf(await englishCase());
    const german = await (await anna.get(`/escalations/${id}?lang=de`)).json();
    expect(german.summary).toBe('Duldung · Afghanistan · Arbeitsstelle · 20 Std./Woche · Englisch');
    expect(german.facts).toContainEqual(
      expect.objectContaining({ key: 'nationality', label: 'Staatsangehörigkeit', value: 'Afghanistan' }),
    );
    expect(german.assessment.verdictLabel).toBe('Offen – Angaben fehlen');
    const english = await (await anna.get(`/escalations/${id}?lang=en`)).json();
    expect(english.facts).toContainEqual(expect.objectContaining({ key: 'nationality', label: 'Nationality' }));
    expect(english.summary).toContain('20 hours a week');
    const words = JSON.stringify(english);
    expect(words).not.toMatch(/foreigners authority/i);
    // The transcript is what was said, in the employer's language.
    expect(german.transcript.some((m: { text: string }) => m.text.includes('warehouse helper'))).toBe(true);
  });
});

describe('saved replies', () => {
  it('are kept per language by admins and read by every adviser', async () => {
    const made = await boss.post('/saved-replies', {
      lang: 'en',
      title: 'Greeting',
      text: 'Good morning, this is the advice centre.',
    });
    expect(made.status).toBe(201);
    const { id } = await made.json();
    expect((await anna.post('/saved-replies', { lang: 'de', title: 'X', text: 'Y' })).status).toBe(403);
    expect((await boss.post('/saved-replies', { lang: 'fr', title: 'X', text: 'Y' })).status).toBe(400);
    expect((await (await anna.get('/saved-replies?lang=en')).json()).replies).toEqual([
      expect.objectContaining({ id, title: 'Greeting' }),
    ]);
    expect((await (await anna.get('/saved-replies?lang=de')).json()).replies).toEqual([]);
    expect((await boss.put(`/saved-replies/${id}`, { lang: 'en', title: 'Hello', text: 'Hello.' })).status).toBe(200);
    expect((await anna.delete(`/saved-replies/${id}`)).status).toBe(403);
    expect((await boss.delete(`/saved-replies/${id}`)).status).toBe(204);
    expect((await boss.delete(`/saved-replies/${id}`)).status).toBe(404);
    const { entries } = await (await boss.get('/audit?limit=10')).json();
    expect(entries.slice(0, 3).map((e: { action: string }) => e.action)).toEqual([
      'saved_reply_deleted',
      'saved_reply_saved',
      'saved_reply_saved',
    ]);
  });
});

describe('the team, administered in the inbox', () => {
  const tokenOf = (path: string) => path.split('=')[1] ?? '';

  it('invites an adviser with a one-time link; the link works once', async () => {
    const invited = await boss.post('/advisers/invitations', { email: 'Neu@Beratung.example', name: 'Nina Neu' });
    expect(invited.status).toBe(201);
    const { path } = await invited.json();
    expect(path).toMatch(/^\/inbox#invite=[\w-]{40,}$/);
    const token = tokenOf(path);
    expect((await anna.post('/advisers/invitations', { email: 'x@y.example', name: 'X' })).status).toBe(403);
    const info = await jsonPost(lotse.app, '/api/v1/adviser/links/info', { token });
    expect(await info.json()).toEqual({ kind: 'invite', name: 'Nina Neu', email: 'neu@beratung.example' });
    expect((await jsonPost(lotse.app, '/api/v1/adviser/links/join', { token, password: 'kurz' })).status).toBe(400);
    expect((await jsonPost(lotse.app, '/api/v1/adviser/links/join', { token, password: PASSWORD })).status).toBe(204);
    expect((await jsonPost(lotse.app, '/api/v1/adviser/links/join', { token, password: PASSWORD })).status).toBe(404);
    const nina = await signIn(lotse.app, 'neu@beratung.example');
    expect((await (await nina.get('/me')).json()).adviser).toMatchObject({ name: 'Nina Neu', role: 'adviser' });
    // Only the token's hash is stored.
    const db = lotse.readonly();
    const rows = JSON.stringify(db.prepare('SELECT * FROM adviser_links').all());
    db.close();
    expect(rows).not.toContain(token);
  });

  it('resets a password: the old one stops working, sessions end, the link sets a new one', async () => {
    const victim = await lotse.addAdviser('Rolf Vergessen');
    const session = await signIn(lotse.app, victim.email);
    const reset = await boss.post(`/advisers/${victim.id}/password-reset`);
    expect(reset.status).toBe(201);
    expect((await session.get('/me')).status).toBe(401);
    const login = (password: string) => jsonPost(lotse.app, '/api/v1/adviser/login', { email: victim.email, password });
    expect((await login(PASSWORD)).status).toBe(401);
    const token = tokenOf((await reset.json()).path);
    const fresh = 'ein-ganz-neues-passwort';
    expect((await jsonPost(lotse.app, '/api/v1/adviser/links/password', { token, password: fresh })).status).toBe(204);
    expect((await login(fresh)).status).toBe(200);
  });

  it('disables and enables accounts, changes roles, never on one’s own account, and lists the team', async () => {
    const other = await lotse.addAdviser('Otto Zeitweise');
    const session = await signIn(lotse.app, other.email);
    expect((await anna.put(`/advisers/${other.id}/disabled`, { disabled: true })).status).toBe(403);
    expect((await boss.put(`/advisers/${other.id}/disabled`, { disabled: true })).status).toBe(204);
    expect((await session.get('/me')).status).toBe(401);
    expect(
      (await jsonPost(lotse.app, '/api/v1/adviser/login', { email: other.email, password: PASSWORD })).status,
    ).toBe(401);
    const { advisers } = await (await boss.get('/advisers')).json();
    expect(advisers.find((a: { id: string }) => a.id === other.id)).toMatchObject({ disabled: true, locked: false });
    expect(JSON.stringify(advisers)).not.toMatch(/scrypt|passwordHash/);
    expect((await boss.put(`/advisers/${other.id}/disabled`, { disabled: false })).status).toBe(204);
    expect((await boss.put(`/advisers/${other.id}/role`, { role: 'admin' })).status).toBe(204);
    const promoted = await signIn(lotse.app, other.email);
    expect((await promoted.get('/advisers')).status).toBe(200);
    const me = (await (await boss.get('/me')).json()).adviser.id;
    expect((await boss.put(`/advisers/${me}/role`, { role: 'adviser' })).status).toBe(409);
    expect((await boss.put(`/advisers/${me}/disabled`, { disabled: true })).status).toBe(409);
    expect((await anna.get('/advisers')).status).toBe(403);
    const { entries } = await (await boss.get('/audit?limit=10')).json();
    expect(
      entries.slice(0, 3).map((e: { action: string; subject: { name: string } | null }) => [e.action, e.subject?.name]),
    ).toEqual([
      ['role_changed', 'Otto Zeitweise'],
      ['enabled', 'Otto Zeitweise'],
      ['disabled', 'Otto Zeitweise'],
    ]);
    expect(annaId).toEqual(expect.any(String));
  });
});

describe('live updates', () => {
  it('tell an open inbox about a new case and about a message on a case, by id only', async () => {
    const url = await lotse.listen();
    const controller = new AbortController();
    const response = await fetch(`${url}/api/v1/adviser/events`, {
      headers: { cookie: anna.cookie },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body?.getReader();
    if (!reader) throw new Error('no stream');
    let received = '';
    const until = async (pattern: RegExp) => {
      while (!pattern.test(received)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended: ${received}`);
        received += new TextDecoder().decode(value);
      }
    };
    await until(/event: ready/);
    const conversationId = await escalateByButton(lotse.conversations);
    await until(/event: queue/);
    await lotse.conversations.post(conversationId, { text: 'Meine Frage: 0151 999 999' });
    const id = lotse.caseOf(conversationId);
    await until(new RegExp(`event: case\\ndata: \\{"type":"case","id":"${id}"\\}`));
    expect(received).not.toContain('0151');
    expect(received).not.toContain(conversationId);
    controller.abort();
    expect((await fetch(`${url}/api/v1/adviser/events`)).status).toBe(401);
  });

  it('holds at most five open streams per adviser', async () => {
    const url = await lotse.listen();
    const open = (client: AdviserClient) => {
      const controller = new AbortController();
      return fetch(`${url}/api/v1/adviser/events`, {
        headers: { cookie: client.cookie },
        signal: controller.signal,
      }).then((response) => ({ response, close: () => controller.abort() }));
    };
    const streams = [];
    for (let i = 0; i < 5; i++) streams.push(await open(boss));
    expect(streams.map((s) => s.response.status)).toEqual([200, 200, 200, 200, 200]);
    const sixth = await open(boss);
    expect(sixth.response.status).toBe(429);
    expect((await open(anna)).response.status).toBe(200);
    for (const s of streams) s.close();
  });
});
