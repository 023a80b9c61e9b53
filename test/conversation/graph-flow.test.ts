import { describe, expect, it } from 'vitest';
import { setupScriptedConversations as setup } from '../support/scripted-conversations.js';

describe('conversation graph', () => {
  it('greets with the automated-assistant notice and asks the most decisive question first', async () => {
    const { service } = setup();
    const conv = await service.create('de');
    expect(conv.messages[0]?.text).toContain('automatischer Assistent');
    expect(conv.state.pendingQuestion?.factKey).toBe('status');
    expect(conv.state.pendingQuestion?.options.map((o) => o.value)).toContain('duldung');
  });

  it('takes several facts from one message and answers without asking them again', async () => {
    const { service } = setup();
    const conv = await service.create('de');
    const turn = await service.post(conv.id, { text: 'Mann aus Tunesien mit Duldung' });
    expect(turn.state.facts).toEqual({ status: 'duldung', nationality: 'TN' });
    expect(turn.state.status).toBe('answered');
    expect(turn.state.assessment?.outcome).toBe('permission_required');
  });

  it('accepts a click on an offered option, and any fact at any time when its value fits the fact', async () => {
    const { service } = setup();
    const conv = await service.create('de');
    const offered = await service.post(conv.id, { choice: { factKey: 'status', value: 'duldung' } });
    expect(offered.state.pendingQuestion?.factKey).toBe('nationality');
    expect(offered.understood).toEqual([{ factKey: 'status', value: 'duldung', text: 'Duldung' }]);
    const anyFact = await service.post(conv.id, { choice: { factKey: 'job.hoursPerWeek', value: '30' } });
    expect(anyFact.state.facts).toEqual({ status: 'duldung', job: { hoursPerWeek: 30 } });
    expect(anyFact.messages[0]?.text).toBe('Verstanden: 30 Std./Woche');
    expect(anyFact.messages[1]?.options?.length).toBeGreaterThan(0);
    const transcript = await service.get(conv.id);
    expect(transcript.messages.filter((m) => m.role === 'employer').map((m) => m.text)).toEqual([
      'Duldung',
      '30 Std./Woche',
    ]);
  });

  it.each([
    ['nationality', 'Tunesien', /nationality/],
    ['job.hoursPerWeek', '200', /hoursPerWeek/],
    ['asylumApplied', 'vielleicht', /asylumApplied/],
    ['noSuchFact', 'x', /not a fact key/],
    ['constructor', 'x', /not a fact key/],
    ['job.kind', 'x', /job\.kind/],
    ['handoffConsent', 'yes', /not offered/],
  ])('rejects the choice %s=%s with a readable 400', async (factKey, value, message) => {
    const { service } = setup();
    const conv = await service.create('de');
    await expect(service.post(conv.id, { choice: { factKey, value } })).rejects.toMatchObject({
      code: 'invalid_request',
      message: expect.stringMatching(message),
    });
  });

  it('corrects a fact after the verdict by a click, says so, and computes the verdict again', async () => {
    const { service } = setup();
    const conv = await service.create('de');
    const answered = await service.post(conv.id, { text: 'Mann aus Tunesien mit Duldung' });
    expect(answered.messages[0]?.text).toBe('Verstanden: Tunesien · Duldung');
    const corrected = await service.post(conv.id, { choice: { factKey: 'nationality', value: 'GE' } });
    expect(corrected.understood).toEqual([
      { factKey: 'nationality', value: 'GE', previous: 'TN', text: 'Georgien statt Tunesien' },
    ]);
    expect(corrected.messages[0]?.text).toBe('Korrigiert: Georgien statt Tunesien');
    expect(corrected.state.assessment?.escalation.recommended).toBe(true);
  });

  it('answers on the cautious reading when the employer does not know', async () => {
    const { service } = setup();
    const conv = await service.create('de');
    await service.post(conv.id, { text: 'Duldung' });
    const turn = await service.post(conv.id, { choice: { factKey: 'nationality', value: 'unknown' } });
    expect(turn.state.status).toBe('answered');
  });

  it('replays the first answer for a repeated client message id instead of running a second turn', async () => {
    const { service } = setup();
    const conv = await service.create('de');
    const first = await service.post(conv.id, { text: 'Duldung', clientMessageId: 'm-1' });
    const again = await service.post(conv.id, { text: 'Duldung', clientMessageId: 'm-1' });
    expect(again).toEqual(first);
    const transcript = await service.get(conv.id);
    expect(transcript.messages.filter((m) => m.role === 'employer')).toHaveLength(1);
  });

  it('hands over only after consent, and then stays silent', async () => {
    const { service } = setup();
    const conv = await service.create('de');
    const asked = await service.post(conv.id, { text: 'Ich möchte mit einem Menschen sprechen' });
    expect(asked.state.pendingQuestion?.factKey).toBe('handoffConsent');
    const handed = await service.post(conv.id, { choice: { factKey: 'handoffConsent', value: 'yes' } });
    expect(handed.state.status).toBe('with_adviser');
    const silent = await service.post(conv.id, { text: 'Hallo? Duldung' });
    expect(silent.messages).toEqual([]);
    expect((await service.get(conv.id)).state.status).toBe('with_adviser');
  });

  it('lets an adviser reply while the bot is silent, then hand back so the bot answers again', async () => {
    const { service } = setup();
    const conv = await service.create('de');
    await service.post(conv.id, { text: 'Duldung aus Tunesien' });
    await service.post(conv.id, { choice: { factKey: 'action', value: 'handoff' } });
    await service.post(conv.id, { choice: { factKey: 'handoffConsent', value: 'yes' } });
    const reply = await service.adviserReply(conv.id, 'Guten Tag, ich schaue mir den Fall an.');
    expect(reply.role).toBe('adviser');
    const back = await service.handBack(conv.id);
    expect(back.state.status).toBe('answered');
    const followUp = await service.post(conv.id, { text: 'Wie ist das Wetter?' });
    expect(followUp.messages).toHaveLength(1);
    expect(followUp.messages[0]?.role).toBe('bot');
  });

  it('refuses adviser replies to a conversation that is not with an adviser', async () => {
    const { service } = setup();
    const conv = await service.create('de');
    await expect(service.adviserReply(conv.id, 'Hallo')).rejects.toMatchObject({ code: 'conflict' });
  });

  it('offers an adviser when the rules recommend it', async () => {
    const { service } = setup();
    const conv = await service.create('de');
    const turn = await service.post(conv.id, { text: 'Duldung, aus Georgien' });
    expect(turn.state.pendingQuestion?.factKey).toBe('handoffConsent');
  });

  it('says it does not know when the knowledge base has no answer to a follow-up question', async () => {
    const { service } = setup();
    const conv = await service.create('de');
    await service.post(conv.id, { text: 'Duldung aus Tunesien' });
    const turn = await service.post(conv.id, { text: 'Wie ist das Wetter in Dresden?' });
    expect(turn.messages[0]?.text).toContain('nicht sicher beantworten');
  });

  it('acknowledges a plain "nein" after the answer instead of searching the knowledge base for it', async () => {
    const { service } = setup();
    const conv = await service.create('de');
    await service.post(conv.id, { text: 'Mann aus Tunesien mit Duldung' });
    const turn = await service.post(conv.id, { text: 'nein danke' });
    expect(turn.messages).toHaveLength(1);
    expect(turn.messages[0]?.text).toContain('weitere Fragen');
    expect(turn.messages[0]?.text).not.toContain('nicht sicher beantworten');
    expect(turn.state.status).toBe('answered');
  });

  it('erases transcript and checkpoints on delete', async () => {
    const { service, db } = setup();
    const conv = await service.create('de');
    await service.post(conv.id, { text: 'Duldung' });
    await service.remove(conv.id);
    await expect(service.get(conv.id)).rejects.toMatchObject({ code: 'not_found' });
    const rows = db.prepare('SELECT COUNT(*) AS n FROM checkpoints WHERE thread_id = ?').get(conv.id) as { n: number };
    expect(rows.n).toBe(0);
    expect((db.prepare('SELECT COUNT(*) AS n FROM messages').get() as { n: number }).n).toBe(0);
  });
});
