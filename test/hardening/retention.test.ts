import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { createNodeRuntime } from '../../src/node-runtime.js';
import { openDatabase } from '../../src/storage/sqlite/open-database.js';
import { lotseOnFile, manualClock, retentionFor } from './support/lotse-on-file.js';

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

const DAY_MS = 24 * 60 * 60 * 1000;

describe('retention', () => {
  it('keeps a conversation untouched for exactly RETENTION_DAYS and erases one untouched a millisecond longer', async () => {
    const clock = manualClock('2026-01-01T09:00:00.000Z');
    const l = lotseOnFile({ now: clock.iso });
    lotse = l;
    const retention = retentionFor(l, clock, 90);
    const older = await l.conversations.create('de');
    clock.advanceMs(1);
    const younger = await l.conversations.create('de');

    clock.advanceDays(90); // `younger` untouched for exactly 90 days, `older` for 90 days and 1 ms
    expect(await retention.sweep()).toEqual({ conversations: 1, orphanThreads: 0 });
    expect(traces(l, older.id).conversations).toBe(0);
    expect(traces(l, younger.id).conversations).toBe(1);

    clock.advanceMs(1);
    expect(await retention.sweep()).toEqual({ conversations: 1, orphanThreads: 0 });
    expect(traces(l, younger.id).conversations).toBe(0);
  });

  it('erases a conversation closed more than RETENTION_DAYS ago even when its row was touched since', async () => {
    const clock = manualClock('2026-01-01T09:00:00.000Z');
    const l = lotseOnFile({ now: clock.iso });
    lotse = l;
    const retention = retentionFor(l, clock, 90);
    const closedLongAgo = await l.conversations.create('de');
    await l.conversations.close(closedLongAgo.id);
    const closedRecently = await l.conversations.create('de');
    clock.advanceDays(30);
    await l.conversations.close(closedRecently.id);

    // Nothing in Lotse touches a closed conversation today; the rule must not depend on that.
    clock.advanceDays(60);
    l.db.prepare('UPDATE conversations SET updated_at = ?').run(clock.iso());
    clock.advanceMs(1);
    expect(await retention.sweep()).toEqual({ conversations: 1, orphanThreads: 0 });
    expect(traces(l, closedLongAgo.id)).toEqual({
      conversations: 0,
      messages: 0,
      feedback: 0,
      slack: 0,
      checkpoints: 0,
    });
    expect(traces(l, closedRecently.id).conversations).toBe(1);
  });

  it('sweeps the Node server’s database with RETENTION_DAYS from its configuration', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lotse-retention-config-'));
    const dbPath = join(dir, 'lotse.db');
    const seed = openDatabase(dbPath);
    // Not the default of 90, so a runtime that ignored the setting would fail. The runtime reads the
    // wall clock; an hour either side of the cutoff is far from any skew.
    const cutoff = Date.now() - 30 * DAY_MS;
    const insert = seed.prepare(
      "INSERT INTO conversations (id, channel, lang, status, created_at, updated_at, closed_at) VALUES (?, 'web', 'de', 'collecting', ?, ?, NULL)",
    );
    const tooOld = '00000000-0000-4000-8000-0000000000a1';
    const notYet = '00000000-0000-4000-8000-0000000000a2';
    for (const [id, ms] of [
      [tooOld, cutoff - 60 * 60 * 1000],
      [notYet, cutoff + 60 * 60 * 1000],
    ] as const)
      insert.run(id, new Date(ms).toISOString(), new Date(ms).toISOString());
    seed.close();

    const parsed = parseConfig({ LOTSE_DB_PATH: dbPath, RETENTION_DAYS: '30' });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const runtime = createNodeRuntime(parsed.config, silentLogger);
    try {
      // The sweep at start may still be running: a second pass waits for nothing and changes nothing more.
      await runtime.retention.sweep();
      await expect.poll(async () => (await runtime.app.request(`/api/v1/conversations/${tooOld}`)).status).toBe(404);
      expect((await runtime.app.request(`/api/v1/conversations/${notYet}`)).status).toBe(200);
    } finally {
      runtime.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('erases conversations closed or inactive longer than RETENTION_DAYS, with everything that belongs to them', async () => {
    const clock = manualClock('2026-01-01T09:00:00.000Z');
    const l = lotseOnFile({ now: clock.iso });
    lotse = l;
    const retention = retentionFor(l, clock);

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
    const retention = retentionFor(l, clock);
    const kept = await l.conversations.create('de');
    const crashed = await l.conversations.create('de');
    l.db.prepare('DELETE FROM conversations WHERE id = ?').run(crashed.id);
    expect(traces(l, crashed.id).checkpoints).toBeGreaterThan(0);

    expect(await retention.sweep()).toEqual({ conversations: 0, orphanThreads: 1 });
    expect(traces(l, crashed.id).checkpoints).toBe(0);
    expect(traces(l, kept.id).checkpoints).toBeGreaterThan(0);
  });
});
