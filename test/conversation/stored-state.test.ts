import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import { describe, expect, it } from 'vitest';
import { setupScriptedConversations as setup } from '../support/scripted-conversations.js';

/** The state as it is stored between turns. */
function latestCheckpoint(saver: SqliteSaver, id: string) {
  return saver.getTuple({ configurable: { thread_id: id, checkpoint_ns: '' } });
}

describe('stored conversation state', () => {
  it('keeps what the assessment was computed from, not the assessment, and shows the same assessment again', async () => {
    const { service, db } = setup();
    const conv = await service.create('de');
    const answered = await service.post(conv.id, { text: 'Mann aus Tunesien mit Duldung' });
    const stored = (await latestCheckpoint(new SqliteSaver(db), conv.id))?.checkpoint.channel_values ?? {};
    expect(stored.assessment ?? null).toBeNull();
    expect(stored.assessed).toMatchObject({ facts: answered.state.facts, lawAsOf: '2026-11-22', lang: 'de' });
    expect(stored.outbox).toBeUndefined();
    expect((await service.get(conv.id)).state.assessment).toEqual(answered.state.assessment);
    const followUp = await service.post(conv.id, { text: 'Wie ist das Wetter?' });
    expect(followUp.state.assessment).toEqual(answered.state.assessment);
  });

  it('resumes a conversation stored with the whole assessment in its state (before `assessed`)', async () => {
    const { service, db } = setup();
    const conv = await service.create('de');
    const answered = await service.post(conv.id, { text: 'Mann aus Tunesien mit Duldung' });
    // Rewrite the stored checkpoint into the earlier shape: the assessment itself, no `assessed` channel.
    const saver = new SqliteSaver(db);
    const tuple = await latestCheckpoint(saver, conv.id);
    if (!tuple?.parentConfig) throw new Error('no stored checkpoint');
    const { checkpoint } = tuple;
    checkpoint.channel_values.assessment = answered.state.assessment;
    delete checkpoint.channel_values.assessed;
    delete checkpoint.channel_versions.assessed;
    await saver.put(tuple.parentConfig, checkpoint, tuple.metadata ?? { source: 'loop', step: 0, parents: {} });

    expect((await service.get(conv.id)).state.assessment).toEqual(answered.state.assessment);
    const followUp = await service.post(conv.id, { text: 'Wie ist das Wetter?' });
    expect(followUp.messages).toHaveLength(1);
    expect(followUp.state.assessment).toEqual(answered.state.assessment);
    await service.post(conv.id, { choice: { factKey: 'action', value: 'handoff' } });
    await service.post(conv.id, { choice: { factKey: 'handoffConsent', value: 'yes' } });
    expect((await service.handBack(conv.id)).state.status).toBe('answered');
  });

  it('reads a checkpoint from before contract v1.1: a year stored as YYYY-01-01 becomes the year, other days stay', async () => {
    const { service, db } = setup();
    const conv = await service.create('de');
    await service.post(conv.id, { text: 'Duldung' });
    // Rewrite the stored checkpoint into the earlier shape: the year sentinel, no `factsVersion` channel.
    const saver = new SqliteSaver(db);
    const tuple = await latestCheckpoint(saver, conv.id);
    if (!tuple?.parentConfig) throw new Error('no stored checkpoint');
    const { checkpoint } = tuple;
    checkpoint.channel_values.facts = { status: 'duldung', entryDate: '2019-01-01', toleratedSince: '2021-03-15' };
    delete checkpoint.channel_values.factsVersion;
    delete checkpoint.channel_versions.factsVersion;
    await saver.put(tuple.parentConfig, checkpoint, tuple.metadata ?? { source: 'loop', step: 0, parents: {} });

    const expected = { status: 'duldung', entryDate: '2019', toleratedSince: '2021-03-15' };
    expect((await service.get(conv.id)).state.facts).toEqual(expected);
    const next = await service.post(conv.id, { text: 'Tunesien' });
    expect(next.state.facts).toEqual({ ...expected, nationality: 'TN' });
    // Read once: the year did not turn into a correction, and a real 1 January said now stays a day.
    expect(next.understood?.map((u) => u.factKey)).toEqual(['nationality']);
    const stored = (await latestCheckpoint(saver, conv.id))?.checkpoint.channel_values ?? {};
    expect(stored.factsVersion).toBe(2);
    const day = await service.post(conv.id, { choice: { factKey: 'entryDate', value: '2019-01-01' } });
    expect(day.state.facts.entryDate).toBe('2019-01-01');
  });

  it('answers on from a checkpoint stored after a verdict before contract v1.1, without a correction', async () => {
    const { service, db } = setup();
    const conv = await service.create('de');
    const answered = await service.post(conv.id, { text: 'Mann aus Tunesien mit Duldung' });
    expect(answered.state.status).toBe('answered');
    // The earlier shape: the year sentinel in the facts, the cautious day in what the verdict was read from.
    const saver = new SqliteSaver(db);
    const tuple = await latestCheckpoint(saver, conv.id);
    if (!tuple?.parentConfig) throw new Error('no stored checkpoint');
    const { checkpoint } = tuple;
    const values = checkpoint.channel_values as Record<string, { facts?: object } | undefined>;
    checkpoint.channel_values.facts = { ...answered.state.facts, asylumAppliedOn: '2024-01-01' };
    checkpoint.channel_values.assessed = {
      ...values.assessed,
      facts: { ...values.assessed?.facts, asylumAppliedOn: '2024-12-31' },
    };
    delete checkpoint.channel_values.factsVersion;
    delete checkpoint.channel_versions.factsVersion;
    await saver.put(tuple.parentConfig, checkpoint, tuple.metadata ?? { source: 'loop', step: 0, parents: {} });

    expect((await service.get(conv.id)).state.facts.asylumAppliedOn).toBe('2024');
    const followUp = await service.post(conv.id, { text: 'Wie ist das Wetter?' });
    expect(followUp.understood ?? []).toEqual([]);
    expect(followUp.state.facts).toEqual({ ...answered.state.facts, asylumAppliedOn: '2024' });
    expect(followUp.state.assessment?.outcome).toBe(answered.state.assessment?.outcome);
  });
});
