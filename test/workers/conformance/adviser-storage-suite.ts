import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/domain/assessment.js';
import type { AdviserStorage, NewEscalation } from '../../../src/storage/adviser-port.js';
import type { Storage } from '../../../src/storage/ports.js';

const AT = '2026-11-22T10:00:00.000Z';
const RULE = { maxFailures: 3, lockSeconds: 60, maxLockSeconds: 150 };

const assessment = {
  outcome: 'needs_facts',
  escalation: { recommended: true, urgency: 'normal', reasons: [] },
  openPoints: [],
  missingFacts: ['status'],
} as unknown as Assessment;

/**
 * The adviser adapters (SQLite on Node, D1 on Workers) run the same SQL; this holds them to the same
 * behaviour where the SQL does the work: the atomic login count, case numbers, the readable transcript.
 */
export function describeAdviserStorageConformance(
  database: string,
  open: () => Promise<{ storage: Storage; adviser: AdviserStorage }>,
) {
  describe(`adviser storage on ${database}`, () => {
    const account = async (adviser: AdviserStorage) => {
      const id = crypto.randomUUID();
      await adviser.advisers.create({
        id,
        email: `${id}@beratung.example`,
        name: 'Test',
        role: 'adviser',
        passwordHash: 'scrypt$1$1$1$x$y',
        createdAt: AT,
        failedLogins: 0,
        lockedUntil: null,
        lockouts: 0,
        disabledAt: null,
      });
      return id;
    };

    it('counts login attempts atomically and locks with a doubling, capped back-off', async () => {
      const { adviser } = await open();
      const id = await account(adviser);
      const reserve = (now: string) => adviser.advisers.reserveLogin(id, now, RULE);
      expect([await reserve(AT), await reserve(AT), await reserve(AT), await reserve(AT)]).toEqual([
        true,
        true,
        true,
        false,
      ]);
      expect(await adviser.advisers.get(id)).toMatchObject({
        failedLogins: 3,
        lockedUntil: '2026-11-22T10:01:00.000Z',
        lockouts: 1,
      });
      // After the lock: a new round; its lock lasts twice as long, the third is capped.
      for (let i = 0; i < 3; i++) await reserve('2026-11-22T10:01:00.000Z');
      expect((await adviser.advisers.get(id))?.lockedUntil).toBe('2026-11-22T10:03:00.000Z');
      for (let i = 0; i < 3; i++) await reserve('2026-11-22T10:03:00.000Z');
      expect((await adviser.advisers.get(id))?.lockedUntil).toBe('2026-11-22T10:05:30.000Z');
      await adviser.advisers.loginSucceeded(id);
      expect(await adviser.advisers.get(id)).toMatchObject({ failedLogins: 0, lockedUntil: null, lockouts: 0 });
      expect(await adviser.advisers.unlock(crypto.randomUUID())).toBe(false);
    });

    it('numbers cases in order, once per open case, and keeps the transcript to what advisers may read', async () => {
      const { storage, adviser } = await open();
      const conversationId = crypto.randomUUID();
      await storage.conversations.create({
        id: conversationId,
        channel: 'web',
        lang: 'de',
        status: 'with_adviser',
        createdAt: AT,
        updatedAt: AT,
        closedAt: null,
      });
      const message = (text: string) => ({ id: crypto.randomUUID(), role: 'employer' as const, text, createdAt: AT });
      await storage.transcript.append(conversationId, [message('eins'), message('zwei')]);
      const escalation = (): NewEscalation => ({
        id: crypto.randomUUID(),
        conversationId,
        channel: 'web',
        lang: 'de',
        trigger: 'request',
        urgency: 'normal',
        status: 'open',
        facts: {},
        assessment,
        unknown: [],
        claimedBy: null,
        claimedAt: null,
        outcome: null,
        createdAt: AT,
        updatedAt: AT,
      });
      const first = escalation();
      expect(await adviser.escalations.create(first)).toBe(true);
      expect(await adviser.escalations.create(escalation())).toBe(false);
      const number = (await adviser.escalations.get(first.id))?.caseNumber ?? 0;
      expect(number).toBeGreaterThan(0);

      expect(await adviser.escalations.lastSeq(first.id)).toBe(2);
      await adviser.escalations.finish(first.id, { status: 'returned', transcriptEndSeq: 2 }, AT);
      await storage.transcript.append(conversationId, [message('nach der Rückgabe')]);
      expect((await adviser.escalations.transcript(first.id)).map((m) => m.text)).toEqual(['eins', 'zwei']);

      const second = escalation();
      expect(await adviser.escalations.create(second)).toBe(true);
      expect((await adviser.escalations.get(second.id))?.caseNumber).toBe(number + 1);
      expect((await adviser.escalations.transcript(second.id)).map((m) => m.text)).toEqual([
        'eins',
        'zwei',
        'nach der Rückgabe',
      ]);
      expect(await adviser.escalations.claim(second.id, await account(adviser), AT)).toBe(true);
      expect(await adviser.escalations.release(second.id, AT)).toBe(true);
      expect(await adviser.escalations.release(second.id, AT)).toBe(false);

      await adviser.audit.append({
        id: crypto.randomUUID(),
        at: AT,
        adviserId: 'someone',
        action: 'viewed',
        escalationId: second.id,
        caseNumber: number + 1,
        subjectId: null,
        detail: null,
      });
      expect(await storage.conversations.delete(conversationId)).toBe(true);
      expect(await adviser.escalations.get(second.id)).toBeUndefined();
      const entries = await adviser.audit.list({ limit: 50 });
      expect(entries.find((e) => e.escalationId === second.id)).toMatchObject({ caseNumber: number + 1 });
    });
  });
}
