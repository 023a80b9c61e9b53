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
});
