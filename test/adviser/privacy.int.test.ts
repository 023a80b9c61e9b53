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
  const list = (await (await client.get('/escalations')).json()).escalations as {
    id: string;
    conversationId: string;
  }[];
  const id = list.find((e) => e.conversationId === conversationId)?.id ?? '';
  await client.get(`/escalations/${id}`);
  await client.post(`/escalations/${id}/claim`);
  const reply = await (await client.post(`/escalations/${id}/replies`, { text: REPLY })).json();
  const note = await (await client.post(`/escalations/${id}/notes`, { text: NOTE })).json();
  await client.post(`/escalations/${id}/close`, { outcome: 'referred' });
  return { id, conversationId, replyId: reply.id as string, noteId: note.id as string };
}

describe('audit log', () => {
  it('records who viewed, claimed, replied, noted and closed, with time and ids, and no text', async () => {
    const { id, conversationId, replyId, noteId } = await workedCase();
    const response = await admin.get('/audit?limit=500');
    const entries = ((await response.json()).entries as { escalationId: string }[]).filter(
      (e) => e.escalationId === id,
    );
    expect(entries.reverse()).toEqual([
      expect.objectContaining({ action: 'viewed', subjectId: null }),
      expect.objectContaining({ action: 'claimed' }),
      expect.objectContaining({ action: 'replied', subjectId: replyId }),
      expect.objectContaining({ action: 'noted', subjectId: noteId }),
      expect.objectContaining({ action: 'closed' }),
    ]);
    for (const entry of entries)
      expect(entry).toMatchObject({
        conversationId,
        adviser: { id: adviserId, name: 'Gustav Rat' },
        at: expect.any(String),
      });
    const db = lotse.readonly();
    const rows = JSON.stringify(db.prepare('SELECT * FROM adviser_audit').all());
    db.close();
    expect(rows).not.toContain(REPLY);
    expect(rows).not.toContain(NOTE);
  });
});

describe('erasure', () => {
  it('leaves no trace of a case when the employer deletes the conversation', async () => {
    const { id, conversationId } = await workedCase();
    expect(lotse.count('escalations', 'id = ?', id)).toBe(1);
    const response = await lotse.app.request(`/api/v1/conversations/${conversationId}`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(lotse.count('escalations', 'conversation_id = ?', conversationId)).toBe(0);
    expect(lotse.count('adviser_notes', 'escalation_id = ?', id)).toBe(0);
    expect(lotse.count('adviser_audit', 'conversation_id = ? OR escalation_id = ?', conversationId, id)).toBe(0);
    expect(lotse.count('messages', 'conversation_id = ?', conversationId)).toBe(0);
    expect((await client.get(`/escalations/${id}`)).status).toBe(404);
    // The advisers themselves are not part of the conversation and stay.
    expect(lotse.count('advisers')).toBe(2);
  });
});
