import { describe, expect, it } from 'vitest';
import type { RetentionStore } from '../../../src/retention/retention.js';
import type { AdviserStorage } from '../../../src/storage/adviser-port.js';
import type { FeedbackRepo } from '../../../src/storage/feedback-port.js';
import type { ConversationRecord, SlackStore, Storage } from '../../../src/storage/ports.js';
import { describeAdviserStorageConformance } from './adviser-storage-suite.js';

/** The repositories of one database, as a runtime builds them (SQLite on Node, D1 on Workers). */
export interface StorageAdapters {
  storage: Storage;
  feedback: FeedbackRepo;
  slack: SlackStore;
  retention: RetentionStore;
  adviser: AdviserStorage;
}

const AT = '2026-11-22T10:00:00.000Z';
let counter = 0;
const conversation = (overrides: Partial<ConversationRecord> = {}): ConversationRecord => ({
  id: crypto.randomUUID(),
  channel: 'web',
  lang: 'de',
  status: 'collecting',
  createdAt: AT,
  updatedAt: AT,
  closedAt: null,
  ...overrides,
});

/** Both adapters run the same SQL on the same migrations; this suite holds them to the same behaviour. */
export function describeStorageConformance(database: string, open: () => Promise<StorageAdapters>) {
  describeAdviserStorageConformance(database, open);
  describe(`storage adapters on ${database}`, () => {
    it('creates, reads and partially updates a conversation', async () => {
      const { storage } = await open();
      const record = conversation();
      await storage.conversations.create(record);
      expect(await storage.conversations.get(record.id)).toEqual(record);
      await storage.conversations.update(record.id, { status: 'answered' }, '2026-11-22T11:00:00.000Z');
      expect(await storage.conversations.get(record.id)).toEqual({
        ...record,
        status: 'answered',
        updatedAt: '2026-11-22T11:00:00.000Z',
      });
      await storage.conversations.update(record.id, { status: 'closed', closedAt: AT, lang: 'en' }, AT);
      expect(await storage.conversations.get(record.id)).toMatchObject({ status: 'closed', closedAt: AT, lang: 'en' });
      expect(await storage.conversations.get('no-such-id')).toBeUndefined();
    });

    it('keeps the question a conversation waits for with its row', async () => {
      const { storage } = await open();
      const record = conversation({ pendingQuestion: 'status' });
      await storage.conversations.create(record);
      expect(await storage.conversations.get(record.id)).toEqual(record);
      await storage.conversations.update(record.id, { pendingQuestion: 'handoffConsent' }, AT);
      expect((await storage.conversations.get(record.id))?.pendingQuestion).toBe('handoffConsent');
      await storage.conversations.update(record.id, { status: 'with_adviser', pendingQuestion: '' }, AT);
      expect(await storage.conversations.get(record.id)).toMatchObject({ status: 'with_adviser', pendingQuestion: '' });
      // Rows stored before it was kept have none: unknown, not "no question".
      const older = conversation();
      await storage.conversations.create(older);
      expect(await storage.conversations.get(older.id)).not.toHaveProperty('pendingQuestion');
    });

    it('keeps the transcript in order across appends, with options and citations', async () => {
      const { storage } = await open();
      const record = conversation();
      await storage.conversations.create(record);
      const message = (id: string, text: string) => ({
        id: `${record.id}-${id}`,
        role: 'bot' as const,
        text,
        createdAt: AT,
      });
      await storage.transcript.append(record.id, [message('a', 'eins'), message('b', 'zwei')]);
      await storage.transcript.append(record.id, []);
      await storage.transcript.append(record.id, [
        { ...message('c', 'drei'), options: [{ value: 'true', label: 'Ja' }] },
      ]);
      const listed = await storage.transcript.list(record.id);
      expect(listed.map((m) => m.text)).toEqual(['eins', 'zwei', 'drei']);
      expect(listed[2]?.options).toEqual([{ value: 'true', label: 'Ja' }]);
      expect(listed[0]).not.toHaveProperty('options');
    });

    it('logs a turn by reference: the first one for a client message id wins, with the latest checkpoint', async () => {
      const { storage } = await open();
      const record = conversation();
      await storage.conversations.create(record);
      expect(await storage.turns.find(record.id, 'm1')).toBeUndefined();
      // Before any checkpoint of the conversation exists, the reference is null.
      await storage.turns.save(record.id, 'm0', { messageIds: [], understood: [] }, AT);
      expect(await storage.turns.find(record.id, 'm0')).toEqual({ messageIds: [], checkpointId: null, understood: [] });
      const understood = [{ factKey: 'nationality', value: 'TN', text: 'Tunesien' }];
      await storage.turns.save(record.id, 'm1', { messageIds: ['b1', 'b2'], understood }, AT);
      await storage.turns.save(record.id, 'm1', { messageIds: ['other'], understood: [] }, AT);
      expect(await storage.turns.find(record.id, 'm1')).toEqual({
        messageIds: ['b1', 'b2'],
        checkpointId: null,
        understood,
      });
    });

    it('keeps the latest feedback per answer', async () => {
      const { storage, feedback } = await open();
      const record = conversation();
      await storage.conversations.create(record);
      const base = { conversationId: record.id, messageId: 'b1', comment: null, createdAt: AT };
      await feedback.save({ ...base, rating: 'helpful' });
      await feedback.save({ ...base, rating: 'not_helpful', comment: 'zu lang' });
      expect(await feedback.list(record.id)).toEqual([{ ...base, rating: 'not_helpful', comment: 'zu lang' }]);
    });

    it('lets a Slack event through once and binds threads to conversations', async () => {
      const { storage, slack } = await open();
      const eventId = `Ev${++counter}`;
      expect(await slack.claim(eventId, AT)).toBe(true);
      expect(await slack.claim(eventId, AT)).toBe(false);
      const record = conversation({ channel: 'slack' });
      await storage.conversations.create(record);
      const thread = { channel: 'C1', threadTs: `${counter}.0001`, conversationId: record.id, lang: 'de' as const };
      await slack.bindThread(thread, AT);
      expect(await slack.findThread('C1', thread.threadTs)).toEqual(thread);
      expect(await slack.findThread('C1', 'none')).toBeUndefined();
    });

    it('remembers a handled Slack request until its signature expires', async () => {
      const { slack } = await open();
      const signature = `${++counter}`.padStart(64, 'a');
      const expires = '2026-11-22T10:05:00.000Z';
      expect(await slack.claimRequest(signature, expires, AT)).toBe(true);
      expect(await slack.claimRequest(signature, expires, AT)).toBe(false);
      // Past its expiry the row is pruned: such a request no longer verifies, nothing to remember.
      expect(await slack.claimRequest(`${signature}b`, '2026-11-22T10:20:00.000Z', '2026-11-22T10:10:00.000Z')).toBe(
        true,
      );
      expect(await slack.claimRequest(signature, expires, '2026-11-22T10:10:00.000Z')).toBe(true);
    });

    it('erases everything of a conversation with it', async () => {
      const { storage, feedback, slack } = await open();
      const record = conversation();
      await storage.conversations.create(record);
      await storage.transcript.append(record.id, [
        { id: `${record.id}-m`, role: 'employer', text: 'x', createdAt: AT },
      ]);
      await storage.turns.save(record.id, 'm1', { messageIds: ['b'], understood: [] }, AT);
      await feedback.save({
        conversationId: record.id,
        messageId: 'b',
        rating: 'helpful',
        comment: null,
        createdAt: AT,
      });
      const thread = { channel: 'C2', threadTs: `${++counter}.1`, conversationId: record.id, lang: 'de' as const };
      await slack.bindThread(thread, AT);

      expect(await storage.conversations.delete(record.id)).toBe(true);
      expect(await storage.conversations.delete(record.id)).toBe(false);
      // Written through to the files at once (SQLite: WAL checkpoint); nothing to do on D1.
      expect(await storage.erasure.settle()).toBe(true);
      expect(await storage.transcript.list(record.id)).toEqual([]);
      expect(await storage.turns.find(record.id, 'm1')).toBeUndefined();
      expect(await feedback.list(record.id)).toEqual([]);
      expect(await slack.findThread('C2', thread.threadTs)).toBeUndefined();
    });

    it('lists conversations closed or untouched before the retention cutoff (exclusive), oldest first', async () => {
      const { storage, retention } = await open();
      const cutoff = '2000-06-01T00:00:00.000Z';
      const later = '2000-07-01T00:00:00.000Z';
      const untouchedLongAgo = conversation({ updatedAt: '2000-01-01T00:00:00.000Z' });
      const untouchedJustBefore = conversation({ updatedAt: '2000-05-31T23:59:59.999Z' });
      const untouchedSinceCutoff = conversation({ updatedAt: cutoff });
      // Closed before the cutoff but touched after it: only the closed-at rule lists it.
      const closedBefore = conversation({ status: 'closed', closedAt: '2000-01-02T00:00:00.000Z', updatedAt: later });
      const closedAtCutoff = conversation({ status: 'closed', closedAt: cutoff, updatedAt: later });
      const fresh = conversation({ updatedAt: '2999-01-01T00:00:00.000Z' });
      const all = [fresh, closedAtCutoff, closedBefore, untouchedSinceCutoff, untouchedJustBefore, untouchedLongAgo];
      for (const r of all) await storage.conversations.create(r);

      const mine = new Set(all.map((r) => r.id));
      const expired = (await retention.expired(cutoff, 100)).filter((id) => mine.has(id));
      expect(expired).toEqual([untouchedLongAgo.id, untouchedJustBefore.id, closedBefore.id]);
      expect(await retention.expired(cutoff, 1)).toHaveLength(1);
    });
  });
}
