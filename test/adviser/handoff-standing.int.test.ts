import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEvents as readUntil } from '../support/event-stream.js';
import { escalateByButton } from './support/employer.js';
import { signIn } from './support/http.js';
import { startLotse, type TestLotse } from './support/lotse.js';

// Issue 14 (review 16): the employer learns when an adviser takes the case, at the claim, not at the
// first reply: `state.handoff` on GET and a live `handoff` event on the conversation's stream.

let lotse: TestLotse;
let adviser: Awaited<ReturnType<typeof signIn>>;
let admin: Awaited<ReturnType<typeof signIn>>;

beforeAll(async () => {
  lotse = await startLotse();
  const [a, b] = await Promise.all([lotse.addAdviser('Jana Beraterin'), lotse.addAdviser('Ada Admin', 'admin')]);
  [adviser, admin] = await Promise.all([signIn(lotse.app, a.email), signIn(lotse.app, b.email)]);
}, 60_000);
afterAll(async () => {
  await lotse?.stop();
});

type State = { status: string; handoff?: { status: string; since: string } };
const stateOf = async (id: string) =>
  ((await (await lotse.app.request(`/api/v1/conversations/${id}`)).json()) as { state: State }).state;

const eventsOf = (text: string, type: string) =>
  text
    .split('\n\n')
    .filter((block) => block.startsWith(`event: ${type}\n`))
    .map((block) => JSON.parse(block.match(/^data: (.*)$/m)?.[1] ?? '{}'));

describe('where a handed-over case stands, for the employer', () => {
  it('is queued on GET and in the hand-off turn, taken at the claim (live), queued again when an admin frees it', async () => {
    const conversation = await lotse.conversations.create('de');
    await lotse.conversations.post(conversation.id, { choice: { factKey: 'action', value: 'handoff' } });
    const handed = await lotse.conversations.post(conversation.id, {
      choice: { factKey: 'handoffConsent', value: 'yes' },
    });
    const id = conversation.id;
    expect(handed.state.handoff).toMatchObject({ status: 'queued' });
    const queued = await stateOf(id);
    expect(queued).toMatchObject({ status: 'with_adviser', handoff: { status: 'queued' } });
    expect(Date.parse(queued.handoff?.since ?? '')).not.toBeNaN();

    const stream = await lotse.app.request(`/api/v1/conversations/${id}/events`);
    const caseId = lotse.caseOf(id);
    const reading = readUntil(stream, (t) => t.includes('event: handoff'));
    const claim = await adviser.post(`/escalations/${caseId}/claim`);
    expect(claim.status).toBe(200);
    const live = eventsOf(await reading, 'handoff');
    expect(live).toHaveLength(1);
    // No adviser message yet: the claim alone says "taken".
    expect(live[0]).toMatchObject({ type: 'handoff', handoff: { status: 'taken' } });
    const taken = await stateOf(id);
    expect(taken.handoff).toEqual(live[0].handoff);
    expect((taken.handoff?.since ?? '') >= (queued.handoff?.since ?? '')).toBe(true);
    const view = await lotse.conversations.get(id);
    expect(view.messages.some((m) => m.role === 'adviser')).toBe(false);

    const again = await lotse.app.request(`/api/v1/conversations/${id}/events`);
    const freeing = readUntil(again, (t) => t.includes('event: handoff'));
    expect((await admin.post(`/escalations/${caseId}/release`)).status).toBe(200);
    expect(eventsOf(await freeing, 'handoff')[0]).toMatchObject({ handoff: { status: 'queued' } });
    expect((await stateOf(id)).handoff?.status).toBe('queued');
  });

  it('is absent when no adviser has the conversation, and after the hand-back', async () => {
    const fresh = await lotse.conversations.create('de');
    expect((await stateOf(fresh.id)).handoff).toBeUndefined();
    const id = await escalateByButton(lotse.conversations);
    const caseId = lotse.caseOf(id);
    expect((await adviser.post(`/escalations/${caseId}/claim`)).status).toBe(200);
    expect((await stateOf(id)).handoff?.status).toBe('taken');
    expect((await adviser.post(`/escalations/${caseId}/hand-back`)).status).toBe(200);
    const back = await stateOf(id);
    expect(back.status).not.toBe('with_adviser');
    expect(back.handoff).toBeUndefined();
  });
});
