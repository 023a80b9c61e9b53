import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdviserClient, signIn } from './support/http.js';
import { startLotse, type TestLotse } from './support/lotse.js';

let lotse: TestLotse;
let adviser: AdviserClient;

beforeAll(async () => {
  lotse = await startLotse();
  adviser = await signIn(lotse.app, (await lotse.addAdviser('Hanna Sorge')).email);
}, 60_000);
afterAll(() => lotse?.stop());

const escalationOf = async (conversationId: string) => {
  const { escalations } = await (await adviser.get('/escalations?queue=all')).json();
  const id = lotse.count('escalations', 'conversation_id = ?', conversationId) ? lotse.caseOf(conversationId) : '';
  return (escalations as { id: string; trigger: string }[]).find((e) => e.id === id);
};

describe('what sends a conversation to an adviser', () => {
  it('offers a person after three messages Lotse did not understand, and queues the case once agreed', async () => {
    const { id } = await lotse.conversations.create('de');
    await lotse.conversations.post(id, { text: 'Blubb' });
    await lotse.conversations.post(id, { text: 'Xylophon' });
    const third = await lotse.conversations.post(id, { text: 'Quatsch' });
    expect(third.state.pendingQuestion?.factKey).toBe('handoffConsent');
    expect(third.messages.at(-1)?.text).toContain('Beratung sieht die Angaben');
    await lotse.conversations.post(id, { choice: { factKey: 'handoffConsent', value: 'yes' } });
    expect(await escalationOf(id)).toMatchObject({ trigger: 'not_understood' });
  });

  it('names an explicit request for a person as such', async () => {
    const { id } = await lotse.conversations.create('de');
    const asked = await lotse.conversations.post(id, { text: 'Ich möchte bitte mit einem Menschen sprechen' });
    expect(asked.state.pendingQuestion?.factKey).toBe('handoffConsent');
    await lotse.conversations.post(id, { text: 'Ja' });
    expect(await escalationOf(id)).toMatchObject({ trigger: 'request' });
  });

  it('shares nothing when the employer declines, and the bot keeps answering', async () => {
    const { id } = await lotse.conversations.create('de');
    await lotse.conversations.post(id, { choice: { factKey: 'action', value: 'handoff' } });
    const declined = await lotse.conversations.post(id, { choice: { factKey: 'handoffConsent', value: 'no' } });
    expect(declined.state.status).not.toBe('with_adviser');
    expect(await escalationOf(id)).toBeUndefined();
    const next = await lotse.conversations.post(id, { text: 'Die Person hat eine Duldung' });
    expect(next.messages[0]?.role).toBe('bot');
  });
});
