import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalateByButton, escalateUrgentCase } from './support/employer.js';
import { type AdviserClient, signIn } from './support/http.js';
import { startLotse, type TestLotse } from './support/lotse.js';

interface Summary {
  id: string;
  caseNumber: number;
  channel: string;
  urgency: string;
  status: string;
  trigger: string;
  claimedBy: { id: string; name: string } | null;
}

let lotse: TestLotse;
let anna: AdviserClient;
let ben: AdviserClient;

// One app and file for the whole file (accounts cost two slow hashes); every test makes its own cases.
beforeAll(async () => {
  lotse = await startLotse();
  const [a, b] = await Promise.all([lotse.addAdviser('Anna Berg'), lotse.addAdviser('Ben Kraus')]);
  [anna, ben] = await Promise.all([signIn(lotse.app, a.email), signIn(lotse.app, b.email)]);
}, 60_000);
afterAll(() => lotse?.stop());

async function queue(client: AdviserClient, name = 'open'): Promise<Summary[]> {
  const response = await client.get(`/escalations?queue=${name}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { escalations: Summary[] }).escalations;
}

const caseOf = async (conversationId: string) => {
  const id = lotse.caseOf(conversationId);
  const found = (await queue(anna, 'all')).find((e) => e.id === id);
  if (!found) throw new Error(`no escalation for ${conversationId}`);
  return found;
};

describe('escalation queue', () => {
  it('queues a handed-over conversation once, with the trigger, and lists urgent cases before older normal ones', async () => {
    const older = await escalateByButton(lotse.conversations);
    const urgent = await escalateUrgentCase(lotse.conversations);
    const newer = await escalateByButton(lotse.conversations, 'slack');
    const mine = [older, urgent, newer].map(lotse.caseOf);
    const list = (await queue(anna)).filter((e) => mine.includes(e.id));
    expect(list.map((e) => e.id)).toEqual([mine[1], mine[0], mine[2]]);
    // Numbered in the order they came in, never the employer's conversation id.
    expect(list[2]?.caseNumber).toBeGreaterThan(list[0]?.caseNumber ?? Infinity);
    expect(list[0]).toMatchObject({ urgency: 'urgent', trigger: 'assessment', status: 'open', claimedBy: null });
    expect(list[1]).toMatchObject({ urgency: 'normal', trigger: 'employer_choice' });
    expect(list[2]).toMatchObject({ channel: 'slack' });
  });

  it('shows the case card: facts, verdict, open questions, reasons, urgency, transcript and channel', async () => {
    const conversationId = await escalateUrgentCase(lotse.conversations);
    const { id } = await caseOf(conversationId);
    const response = await anna.get(`/escalations/${id}`);
    expect(response.status).toBe(200);
    const card = await response.json();
    expect(card).toMatchObject({ id, channel: 'web', urgency: 'urgent', trigger: 'assessment' });
    expect(JSON.stringify(card)).not.toContain(conversationId);
    expect(card.facts).toContainEqual(expect.objectContaining({ key: 'nationality', value: 'Tunesien' }));
    expect(card.facts).toContainEqual(
      expect.objectContaining({ key: 'removalMeasuresPending', value: 'Abschiebung konkret eingeleitet' }),
    );
    expect(card.assessment.reasons.map((r: { code: string }) => r.code)).toContain('removal_pending');
    expect(Array.isArray(card.assessment.openQuestions)).toBe(true);
    expect(card.assessment.verdictLabel).toEqual(expect.any(String));
    expect(card.transcript[0].role).toBe('bot');
    expect(
      card.transcript.some((m: { role: string; text: string }) => m.role === 'employer' && m.text.includes('Tunesien')),
    ).toBe(true);
  });

  it('names the missing facts when the employer asked for a person before any assessment', async () => {
    const { id } = await caseOf(await escalateByButton(lotse.conversations));
    const card = await (await anna.get(`/escalations/${id}`)).json();
    expect(card.assessment.outcome).toBe('needs_facts');
    expect(card.assessment.missingFacts.length).toBeGreaterThan(0);
    expect(card.assessment.missingFacts[0].label).toEqual(expect.any(String));
  });
});

describe('working a case', () => {
  it('lets one adviser claim a case; a second claim gets 409 and the case stays with the first', async () => {
    const { id } = await caseOf(await escalateByButton(lotse.conversations));
    const first = await anna.post(`/escalations/${id}/claim`);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ status: 'claimed', claimedBy: { name: 'Anna Berg' } });
    const second = await ben.post(`/escalations/${id}/claim`);
    expect(second.status).toBe(409);
    expect((await second.json()).error.message).toMatch(/already claimed/);
    expect((await queue(ben)).find((e) => e.id === id)).toMatchObject({ claimedBy: { name: 'Anna Berg' } });
  });

  it('refuses replies before a claim and from an adviser who does not hold the case', async () => {
    const { id } = await caseOf(await escalateByButton(lotse.conversations));
    expect((await anna.post(`/escalations/${id}/replies`, { text: 'Hallo' })).status).toBe(409);
    await anna.post(`/escalations/${id}/claim`);
    expect((await ben.post(`/escalations/${id}/replies`, { text: 'Hallo' })).status).toBe(409);
    expect((await ben.post(`/escalations/${id}/hand-back`)).status).toBe(409);
  });

  it('sends the reply into the employer’s conversation live, and the bot stays silent meanwhile', async () => {
    const conversationId = await escalateByButton(lotse.conversations);
    const { id } = await caseOf(conversationId);
    const live: string[] = [];
    const stop = lotse.conversations.subscribe(conversationId, (e) => {
      if (e.type === 'message') live.push(`${e.message.role}:${e.message.text}`);
    });
    await anna.post(`/escalations/${id}/claim`);
    const reply = await anna.post(`/escalations/${id}/replies`, { text: 'Guten Tag, hier ist die Beratung.' });
    expect(reply.status).toBe(201);
    stop();
    expect(live).toEqual(['adviser:Guten Tag, hier ist die Beratung.']);
    const silent = await lotse.conversations.post(conversationId, { text: 'Danke! Was muss ich aufbewahren?' });
    expect(silent.messages).toEqual([]);
    const card = await (await anna.get(`/escalations/${id}`)).json();
    expect(card.transcript.slice(-2).map((m: { role: string }) => m.role)).toEqual(['adviser', 'employer']);
  });

  it('keeps internal notes on the card and never shows them to the employer', async () => {
    const conversationId = await escalateByButton(lotse.conversations);
    const { id } = await caseOf(conversationId);
    const note = await ben.post(`/escalations/${id}/notes`, { text: 'Fall mit ABH Dresden klären.' });
    expect(note.status).toBe(201);
    const card = await (await anna.get(`/escalations/${id}`)).json();
    expect(card.notes).toEqual([
      expect.objectContaining({
        text: 'Fall mit ABH Dresden klären.',
        adviser: expect.objectContaining({ name: 'Ben Kraus' }),
      }),
    ]);
    const employerView = await lotse.conversations.get(conversationId);
    expect(JSON.stringify(employerView)).not.toContain('ABH Dresden klären');
  });

  it('hands the conversation back so the bot answers again, and the case leaves the open queue', async () => {
    const conversationId = await escalateByButton(lotse.conversations);
    const { id } = await caseOf(conversationId);
    await anna.post(`/escalations/${id}/claim`);
    const back = await anna.post(`/escalations/${id}/hand-back`);
    expect(back.status).toBe(200);
    expect(await back.json()).toMatchObject({ status: 'returned' });
    expect((await lotse.conversations.get(conversationId)).state.status).not.toBe('with_adviser');
    const turn = await lotse.conversations.post(conversationId, { text: 'Was muss ich als Arbeitgeber aufbewahren?' });
    expect(turn.messages.length).toBeGreaterThan(0);
    expect(turn.messages[0]?.role).toBe('bot');
    expect((await queue(anna)).map((e) => e.id)).not.toContain(id);
    expect((await queue(anna, 'done')).find((e) => e.id === id)).toMatchObject({ status: 'returned' });
  });

  it('closes a case with an outcome, which ends the conversation for the employer', async () => {
    const conversationId = await escalateByButton(lotse.conversations);
    const { id } = await caseOf(conversationId);
    await anna.post(`/escalations/${id}/claim`);
    expect((await anna.post(`/escalations/${id}/close`, { outcome: 'maybe' })).status).toBe(400);
    const closed = await anna.post(`/escalations/${id}/close`, { outcome: 'permission_applied' });
    expect(closed.status).toBe(200);
    expect(await closed.json()).toMatchObject({ status: 'closed', outcome: 'permission_applied' });
    expect((await lotse.conversations.get(conversationId)).state.status).toBe('closed');
    await expect(lotse.conversations.post(conversationId, { text: 'Hallo?' })).rejects.toMatchObject({
      code: 'conversation_closed',
    });
    expect((await anna.post(`/escalations/${id}/claim`)).status).toBe(409);
  });

  it('answers unknown and malformed case ids with 404 and 400, never 500', async () => {
    expect((await anna.get('/escalations/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await anna.get('/escalations/not-a-uuid')).status).toBe(400);
    expect((await anna.post('/escalations/00000000-0000-4000-8000-000000000000/claim')).status).toBe(404);
    expect((await anna.get('/escalations?queue=everything')).status).toBe(400);
  });
});
