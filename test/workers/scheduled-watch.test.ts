import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/domain/assess.js';
import type { Assessment } from '../../src/domain/assessment.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import { knowledgeEntries } from '../../src/knowledge/knowledge-bundle.generated.js';
import { silentLogger } from '../../src/logger.js';
import { d1Runner } from '../../src/storage/sql-runner.js';
import { fingerprintEntries } from '../../src/watch/fingerprints.js';
import { RULE_LAW_DAYS } from '../../src/watch/law-days.js';
import { createSqlWatchStore } from '../../src/watch/sql-store.js';
import { createWatchJob } from '../../src/watch/watch.js';
import worker from '../../src/worker.js';
import { client } from './conformance/client.js';

const knowledge = createAssessmentKnowledge(knowledgeEntries);
const rows = async <T>(sql: string, ...args: unknown[]) =>
  (
    await env.DB.prepare(sql)
      .bind(...args)
      .all<T>()
  ).results;

describe('the watch on D1 (issue 20): the same SQL as on Node', () => {
  it('records a change once and a reminder on its day, with an outbox row each, however often it runs', async () => {
    const id = crypto.randomUUID();
    await env.DB.prepare(
      "INSERT INTO conversations (id, channel, lang, status, created_at, updated_at) VALUES (?, 'web', 'de', 'answered', ?, ?)",
    )
      .bind(id, new Date().toISOString(), new Date().toISOString())
      .run();
    // Geduldet since 01.10.2026, asked on 22.11.2026: the waiting period ends with 01.01.2027, the job may be
    // permitted from 02.01.2027 (§§ 187 Abs. 1, 188 Abs. 2 BGB). From the 03.01.2027 (a law, here simulated by
    // the rules given and their law date) BA consent is said to fall away.
    const facts: CaseFacts = {
      status: 'duldung',
      workClause: 'beschaeftigung_nur_mit_erlaubnis',
      nationality: 'SY',
      toleratedSince: '2026-10-01',
      livesInReceptionCentre: false,
      removalMeasuresPending: false,
      job: { kind: 'employment' },
    };
    let today = '2026-11-22';
    const job = createWatchJob({
      store: createSqlWatchStore(d1Runner(env.DB)),
      cases: {
        verdictCase: async (c) => (c === id ? { facts, lawAsOf: '2026-11-22', unknown: [], lang: 'de' } : null),
      },
      assess: (f, day, options): Assessment => {
        const a = assess(f, day, knowledge, options);
        return day >= '2027-01-03' ? { ...a, baConsent: 'not_required' } : a;
      },
      fingerprints: () => fingerprintEntries(knowledgeEntries),
      entryTitle: () => undefined,
      ruleDays: [...RULE_LAW_DAYS, '2027-01-03'],
      channels: new Set(['web']),
      today: () => today,
      now: () => new Date().toISOString(),
      retentionDays: 90,
      logger: silentLogger,
    });
    const mine = <T>(sql: string) => rows<T>(`${sql} WHERE conversation_id = ?`, id);

    await job.run();
    today = '2027-01-01';
    await job.run();
    expect(await mine('SELECT kind FROM watch_notices')).toEqual([]);
    today = '2027-01-02';
    await job.run();
    await job.run();
    expect(await mine('SELECT kind, date FROM watch_notices')).toEqual([{ kind: 'reminder', date: '2027-01-02' }]);
    today = '2027-01-10';
    await job.run();
    await job.run();
    const notices = await mine<{ kind: string; date: string }>('SELECT kind, date FROM watch_notices');
    expect(notices).toContainEqual({ kind: 'law_change', date: '2027-01-03' });
    expect(notices).toHaveLength(2);
    expect(await mine('SELECT channel, status FROM watch_outbox')).toEqual([
      { channel: 'web', status: 'pending' },
      { channel: 'web', status: 'pending' },
    ]);
  });

  it('the hourly cron keeps watch over the stored verdicts after the retention sweep', async () => {
    const lotse = client((request) => worker.fetch(request as never, env, createExecutionContext()) as never);
    const { id } = await lotse.create('de');
    let turn = await lotse.say(id, {
      text: 'Wir möchten eine Frau aus Syrien als Köchin einstellen. Sie hat seit dem 01.10.2026 eine Duldung, Beschäftigung nur mit Erlaubnis.',
    });
    for (let i = 0; i < 12 && turn.state.pendingQuestion; i++) {
      const q = turn.state.pendingQuestion;
      const value = q.options.find((o) => o.value === 'false')?.value ?? 'unknown';
      turn = await lotse.say(id, { choice: { factKey: q.factKey, value } });
    }
    expect(turn.state.status).toBe('answered');

    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: '17 * * * *', scheduledTime: Date.now() }), env, ctx);
    await waitOnExecutionContext(ctx);

    const watched = await rows<{ facts_on: string; baseline: string }>(
      'SELECT facts_on, baseline FROM watch_cases WHERE conversation_id = ?',
      id,
    );
    expect(watched).toHaveLength(1);
    expect(watched[0]?.facts_on).toBe('2026-11-22');
    expect(JSON.parse(watched[0]?.baseline ?? '{}').verdict.earliestStart).toBe('2027-01-02');
    expect(await rows('SELECT date_id, date FROM watch_dates WHERE conversation_id = ?', id)).toContainEqual({
      date_id: 'waiting_period_ends',
      date: '2027-01-02',
    });
  });
});
