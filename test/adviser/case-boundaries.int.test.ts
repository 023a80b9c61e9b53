import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalateByButton } from './support/employer.js';
import { type AdviserClient, signIn } from './support/http.js';
import { startLotse, type TestLotse } from './support/lotse.js';

// Issue 15, items 4, 5 and 11: what the adviser side may see and do, and what outlives an erasure.

let lotse: TestLotse;
let anna: AdviserClient;
let ben: AdviserClient;
let boss: AdviserClient;

beforeAll(async () => {
  lotse = await startLotse();
  const [a, b, c] = await Promise.all([
    lotse.addAdviser('Anna Grenze'),
    lotse.addAdviser('Ben Grenze'),
    lotse.addAdviser('Chefin Grenze', 'admin'),
  ]);
  [anna, ben, boss] = await Promise.all([
    signIn(lotse.app, a.email),
    signIn(lotse.app, b.email),
    signIn(lotse.app, c.email),
  ]);
}, 60_000);
afterAll(() => lotse?.stop());

/** A handed-over case, claimed by Anna. */
async function claimedCase() {
  const conversationId = await escalateByButton(lotse.conversations);
  const id = lotse.caseOf(conversationId);
  expect((await anna.post(`/escalations/${id}/claim`)).status).toBe(200);
  return { conversationId, id };
}

const text = async (response: Response | Promise<Response>) => JSON.stringify(await (await response).json());

describe('the employer’s conversation id never reaches the inbox (item 4)', () => {
  it('is in no queue line, case card, action answer or audit entry', async () => {
    const { conversationId, id } = await claimedCase();
    await anna.post(`/escalations/${id}/replies`, { text: 'Guten Tag' });
    await anna.post(`/escalations/${id}/notes`, { text: 'Notiz' });
    const answers = [
      await text(anna.get('/escalations?queue=all')),
      await text(anna.get(`/escalations/${id}`)),
      await text(boss.get('/audit?limit=500')),
      await text(anna.post(`/escalations/${id}/close`, { outcome: 'no_reply' })),
    ];
    for (const answer of answers) expect(answer).not.toContain(conversationId);
    const card = await (await anna.get(`/escalations/${id}`)).json();
    expect(card.caseNumber).toEqual(expect.any(Number));
  });

  it('keeps the audit entries of an erased case: who, what, when and the case number, nothing personal', async () => {
    const { conversationId, id } = await claimedCase();
    const card = await (await anna.get(`/escalations/${id}`)).json();
    await anna.post(`/escalations/${id}/replies`, { text: 'Vertrauliche Antwort' });
    const erased = await lotse.app.request(`/api/v1/conversations/${conversationId}`, { method: 'DELETE' });
    expect(erased.status).toBe(204);
    expect(lotse.count('escalations', 'id = ?', id)).toBe(0);

    const { entries } = await (await boss.get('/audit?limit=500')).json();
    const ofCase = (entries as { caseNumber: number; action: string; adviser: { name: string }; at: string }[]).filter(
      (e) => e.caseNumber === card.caseNumber,
    );
    expect(ofCase.map((e) => e.action).sort()).toEqual(['claimed', 'replied', 'viewed']);
    for (const entry of ofCase)
      expect(entry).toMatchObject({ adviser: { name: 'Anna Grenze' }, at: expect.any(String) });
    const db = lotse.readonly();
    const rows = JSON.stringify(db.prepare('SELECT * FROM adviser_audit').all());
    const columns = (db.prepare('PRAGMA table_info(adviser_audit)').all() as { name: string }[]).map((c) => c.name);
    db.close();
    expect(rows).not.toContain(conversationId);
    expect(rows).not.toContain('Vertrauliche Antwort');
    expect(columns).not.toContain('conversation_id');
  });
});

describe('an adviser reads a conversation up to its hand-back (item 5)', () => {
  it('shows nothing the employer wrote after the hand-back, until a new consented hand-off', async () => {
    const { conversationId, id } = await claimedCase();
    await anna.post(`/escalations/${id}/replies`, { text: 'Ich gebe Sie an Lotse zurück.' });
    expect((await anna.post(`/escalations/${id}/hand-back`)).status).toBe(200);
    const secret = 'Meine Nummer ist 0151 2345678, bitte nicht weitergeben';
    await lotse.conversations.post(conversationId, { text: secret });

    const old = await text(ben.get(`/escalations/${id}`));
    expect(old).toContain('Ich gebe Sie an Lotse zurück.');
    expect(old).not.toContain('0151 2345678');

    await lotse.conversations.post(conversationId, { choice: { factKey: 'action', value: 'handoff' } });
    await lotse.conversations.post(conversationId, { choice: { factKey: 'handoffConsent', value: 'yes' } });
    const renewed = lotse.caseOf(conversationId);
    expect(renewed).not.toBe(id);
    expect(await text(ben.get(`/escalations/${renewed}`))).toContain('0151 2345678');
    expect(await text(ben.get(`/escalations/${id}`))).not.toContain('0151 2345678');
  });

  it('shows nothing after the close either', async () => {
    const { conversationId, id } = await claimedCase();
    await anna.post(`/escalations/${id}/close`, { outcome: 'no_reply' });
    await expect(lotse.conversations.post(conversationId, { text: 'Noch was' })).rejects.toMatchObject({
      code: 'conversation_closed',
    });
    const card = await (await anna.get(`/escalations/${id}`)).json();
    expect(card.transcript.at(-1).role).toBe('system');
  });
});

describe('notes and stuck claims (item 11)', () => {
  it('takes notes on a claimed case only from its holder or an admin, and none on a closed case', async () => {
    const { id } = await claimedCase();
    expect((await ben.post(`/escalations/${id}/notes`, { text: 'Einmischung' })).status).toBe(409);
    expect((await anna.post(`/escalations/${id}/notes`, { text: 'Von Anna' })).status).toBe(201);
    expect((await boss.post(`/escalations/${id}/notes`, { text: 'Von der Leitung' })).status).toBe(201);
    await anna.post(`/escalations/${id}/close`, { outcome: 'hired' });
    expect((await anna.post(`/escalations/${id}/notes`, { text: 'Nachtrag' })).status).toBe(409);
    expect((await boss.post(`/escalations/${id}/notes`, { text: 'Nachtrag' })).status).toBe(409);
    const card = await (await anna.get(`/escalations/${id}`)).json();
    expect(card.notes.map((n: { text: string }) => n.text)).toEqual(['Von Anna', 'Von der Leitung']);
  });

  it('lets an admin free a stuck claim (audited), and nobody else', async () => {
    const { id } = await claimedCase();
    expect((await ben.post(`/escalations/${id}/release`)).status).toBe(403);
    expect((await anna.post(`/escalations/${id}/release`)).status).toBe(403);
    const freed = await boss.post(`/escalations/${id}/release`);
    expect(freed.status).toBe(200);
    expect(await freed.json()).toMatchObject({ status: 'open', claimedBy: null });
    expect((await ben.post(`/escalations/${id}/claim`)).status).toBe(200);
    const { entries } = await (await boss.get('/audit?limit=50')).json();
    expect(
      entries.find((e: { escalationId: string; action: string }) => e.escalationId === id && e.action === 'released'),
    ).toMatchObject({ adviser: { name: 'Chefin Grenze' } });
  });
});
