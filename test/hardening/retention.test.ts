import { afterEach, describe, expect, it } from 'vitest';
import { createRetention } from '../../src/retention/retention.js';
import { createSqliteRetentionStore } from '../../src/storage/sqlite/sqlite-retention.js';
import { lotseOnFile, manualClock } from './support/lotse-on-file.js';

let lotse: ReturnType<typeof lotseOnFile> | undefined;
afterEach(() => lotse?.close());

const count = (l: NonNullable<typeof lotse>, table: string, column: string, id: string) =>
  (l.db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${column} = ?`).get(id) as { n: number }).n;

const traces = (l: NonNullable<typeof lotse>, id: string) => ({
  conversations: count(l, 'conversations', 'id', id),
  messages: count(l, 'messages', 'conversation_id', id),
  feedback: count(l, 'feedback', 'conversation_id', id),
  slack: count(l, 'slack_threads', 'conversation_id', id),
  checkpoints: count(l, 'checkpoints', 'thread_id', id),
});

describe('retention', () => {
  it('erases conversations closed or inactive longer than RETENTION_DAYS, with everything that belongs to them', async () => {
    const clock = manualClock('2026-01-01T09:00:00.000Z');
    const l = lotseOnFile({ now: clock.iso });
    lotse = l;
    const retention = createRetention({
      store: createSqliteRetentionStore(l.db),
      erase: (id) => l.conversations.remove(id),
      deleteCheckpoints: (id) => l.saver.deleteThread(id),
      retentionDays: 90,
      now: clock.now,
      logger: { debug() {}, info() {}, warn() {}, error() {} },
    });

    const inactive = await l.conversations.create('de');
    const turn = await l.conversations.post(inactive.id, { text: 'Wir möchten eine Köchin mit Duldung einstellen' });
    const answer = turn.messages.find((m) => m.role === 'bot');
    expect(answer).toBeDefined();
    await l.request(`/api/v1/conversations/${inactive.id}/feedback`, {
      body: { messageId: answer?.id, rating: 'helpful' },
    });
    await l.slackStore.bindThread(
      { channel: 'C1', threadTs: '1700000000.000100', conversationId: inactive.id, lang: 'de' },
      clock.iso(),
    );
    const closed = await l.conversations.create('en');
    await l.conversations.close(closed.id);
    const stillTalking = await l.conversations.create('de');

    clock.advanceDays(60);
    await l.conversations.post(stillTalking.id, { text: 'Sie kommt aus Syrien' });
    const recent = await l.conversations.create('de');

    clock.advanceDays(31); // 91 days after the first three began, 31 after the last activity
    expect(await retention.sweep()).toEqual({ conversations: 2, orphanThreads: 0 });

    const gone = { conversations: 0, messages: 0, feedback: 0, slack: 0, checkpoints: 0 };
    expect(traces(l, inactive.id)).toEqual(gone);
    expect(traces(l, closed.id)).toEqual(gone);
    expect(traces(l, stillTalking.id).messages).toBeGreaterThan(0);
    expect(traces(l, stillTalking.id).checkpoints).toBeGreaterThan(0);
    expect(traces(l, recent.id).conversations).toBe(1);
    expect((await l.request(`/api/v1/conversations/${inactive.id}`)).status).toBe(404);
    expect((await l.request(`/api/v1/conversations/${stillTalking.id}`)).status).toBe(200);

    // A second pass finds nothing more to do.
    expect(await retention.sweep()).toEqual({ conversations: 0, orphanThreads: 0 });
  });

  it('also removes checkpoints left behind when a crash came between the two deletes of an erasure', async () => {
    const clock = manualClock('2026-01-01T09:00:00.000Z');
    const l = lotseOnFile({ now: clock.iso });
    lotse = l;
    const retention = createRetention({
      store: createSqliteRetentionStore(l.db),
      erase: (id) => l.conversations.remove(id),
      deleteCheckpoints: (id) => l.saver.deleteThread(id),
      retentionDays: 90,
      now: clock.now,
      logger: { debug() {}, info() {}, warn() {}, error() {} },
    });
    const kept = await l.conversations.create('de');
    const crashed = await l.conversations.create('de');
    l.db.prepare('DELETE FROM conversations WHERE id = ?').run(crashed.id);
    expect(traces(l, crashed.id).checkpoints).toBeGreaterThan(0);

    expect(await retention.sweep()).toEqual({ conversations: 0, orphanThreads: 1 });
    expect(traces(l, crashed.id).checkpoints).toBe(0);
    expect(traces(l, kept.id).checkpoints).toBeGreaterThan(0);
  });
});
