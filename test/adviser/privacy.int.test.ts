import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalateByButton } from './support/employer.js';
import { type AdviserClient, signIn } from './support/http.js';
import { startLotse, type TestLotse } from './support/lotse.js';

let lotse: TestLotse;
let admin: AdviserClient;
let adviserId: string;
let client: AdviserClient;

beforeAll(async () => {
  lotse = await startLotse();
  const [a, b] = await Promise.all([lotse.addAdviser('Frida Admin', 'admin'), lotse.addAdviser('Gustav Rat')]);
  adviserId = b.id;
  [admin, client] = await Promise.all([signIn(lotse.app, a.email), signIn(lotse.app, b.email)]);
}, 60_000);
afterAll(() => lotse?.stop());

const REPLY = 'Vertrauliche Antwort an den Arbeitgeber';
const NOTE = 'Vertrauliche interne Notiz';

/** An escalated case that an adviser viewed, claimed, replied to, annotated and closed. */
async function workedCase() {
  const conversationId = await escalateByButton(lotse.conversations);
  const id = lotse.caseOf(conversationId);
  await client.get(`/escalations/${id}`);
  await client.post(`/escalations/${id}/claim`);
  const reply = await (await client.post(`/escalations/${id}/replies`, { text: REPLY })).json();
  const note = await (await client.post(`/escalations/${id}/notes`, { text: NOTE })).json();
  await client.post(`/escalations/${id}/close`, { outcome: 'referred' });
  const { caseNumber } = await (await client.get(`/escalations/${id}`)).json();
  return {
    id,
    caseNumber: caseNumber as number,
    conversationId,
    replyId: reply.id as string,
    noteId: note.id as string,
  };
}

describe('audit log', () => {
  it('records who viewed, claimed, replied, noted and closed, with time and ids, and no text', async () => {
    const { id, caseNumber, conversationId, replyId, noteId } = await workedCase();
    const response = await admin.get('/audit?limit=500');
    const entries = ((await response.json()).entries as { escalationId: string }[]).filter(
      (e) => e.escalationId === id,
    );
    expect(entries.reverse()).toEqual([
      expect.objectContaining({ action: 'viewed', subjectId: null }),
      expect.objectContaining({ action: 'claimed' }),
      expect.objectContaining({ action: 'replied', subjectId: replyId }),
      expect.objectContaining({ action: 'noted', subjectId: noteId }),
      expect.objectContaining({ action: 'closed', detail: 'referred' }),
      expect.objectContaining({ action: 'viewed' }),
    ]);
    for (const entry of entries)
      expect(entry).toMatchObject({
        caseNumber,
        adviser: { id: adviserId, name: 'Gustav Rat' },
        at: expect.any(String),
      });
    const db = lotse.readonly();
    const rows = JSON.stringify(db.prepare('SELECT * FROM adviser_audit').all());
    db.close();
    expect(rows).not.toContain(REPLY);
    expect(rows).not.toContain(NOTE);
    expect(rows).not.toContain(conversationId);
  });
});

describe('erasure', () => {
  it('erases the case with the conversation; the audit keeps who did what when, by case number only', async () => {
    const { id, caseNumber, conversationId } = await workedCase();
    expect(lotse.count('escalations', 'id = ?', id)).toBe(1);
    const response = await lotse.app.request(`/api/v1/conversations/${conversationId}`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(lotse.count('escalations', 'conversation_id = ?', conversationId)).toBe(0);
    expect(lotse.count('adviser_notes', 'escalation_id = ?', id)).toBe(0);
    expect(lotse.count('adviser_audit', 'case_number = ?', caseNumber)).toBe(6);
    expect(lotse.count('messages', 'conversation_id = ?', conversationId)).toBe(0);
    expect((await client.get(`/escalations/${id}`)).status).toBe(404);
    // The advisers themselves are not part of the conversation and stay.
    expect(lotse.count('advisers')).toBe(2);
  });
});
