import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { openDatabase } from '../../src/storage/sqlite/open-database.js';
import { createSqliteSlackStore } from '../../src/storage/sqlite/sqlite-slack.js';
import { createSqliteStorage } from '../../src/storage/sqlite/sqlite-storage.js';

function stores() {
  const db = openDatabase(':memory:');
  return { store: createSqliteSlackStore(db), storage: createSqliteStorage(db) };
}

describe('Slack store (SQLite)', () => {
  it('claims an event id once, and forgets ids older than a day', async () => {
    const { store } = stores();
    expect(await store.claim('Ev1', '2026-11-22T10:00:00.000Z')).toBe(true);
    expect(await store.claim('Ev1', '2026-11-22T10:05:00.000Z')).toBe(false);
    expect(await store.claim('Ev1', '2026-11-23T10:00:01.000Z')).toBe(true);
  });

  it('binds a thread to a conversation and unbinds it when the conversation is erased', async () => {
    const { store, storage } = stores();
    const at = '2026-11-22T10:00:00.000Z';
    const record = {
      id: 'conv-1',
      channel: 'slack',
      lang: 'en',
      status: 'collecting',
      createdAt: at,
      updatedAt: at,
      closedAt: null,
    } as const;
    await storage.conversations.create(record);
    const thread = { channel: 'C1', threadTs: '1.0', conversationId: 'conv-1', lang: 'en' as const };
    await store.bindThread(thread, '2026-11-22T10:00:00.000Z');
    expect(await store.findThread('C1', '1.0')).toEqual(thread);
    expect(await store.findThread('C2', '1.0')).toBeUndefined();
    await storage.conversations.delete('conv-1');
    expect(await store.findThread('C1', '1.0')).toBeUndefined();
  });
});

describe('Slack configuration', () => {
  it('runs without Slack and defaults the command to /lotse', () => {
    const result = parseConfig({});
    expect(result.ok && [result.config.SLACK_SIGNING_SECRET, result.config.SLACK_COMMAND]).toEqual([
      undefined,
      '/lotse',
    ]);
  });

  it('refuses half a Slack configuration', () => {
    expect(parseConfig({ SLACK_SIGNING_SECRET: 'abc' }).ok).toBe(false);
    expect(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1' }).ok).toBe(false);
    expect(parseConfig({ SLACK_SIGNING_SECRET: 'abc', SLACK_BOT_TOKEN: 'xoxb-1' }).ok).toBe(true);
  });

  it('names a command that is not a slash command', () => {
    const result = parseConfig({ SLACK_COMMAND: 'lotse' });
    expect(result.ok ? [] : result.errors.join()).toContain('SLACK_COMMAND');
  });
});
