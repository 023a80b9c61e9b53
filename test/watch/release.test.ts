import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/domain/assess.js';
import type { Assessment } from '../../src/domain/assessment.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import type { KnowledgeEntry } from '../../src/knowledge/entry.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';
import { silentLogger } from '../../src/logger.js';
import { sqliteRunner } from '../../src/storage/sql-runner.js';
import { openDatabase } from '../../src/storage/sqlite/open-database.js';
import { fingerprintEntries } from '../../src/watch/fingerprints.js';
import { createSqlWatchStore } from '../../src/watch/sql-store.js';
import { type AssessLater, createWatchJob } from '../../src/watch/watch.js';

const entries = loadKnowledgeFromDir(resolve('knowledge'));
const knowledge = createAssessmentKnowledge(entries);
const FACTS: CaseFacts = {
  status: 'duldung',
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  nationality: 'SY',
  toleratedSince: '2026-01-01',
  livesInReceptionCentre: false,
  removalMeasuresPending: false,
  job: { kind: 'employment' },
};
const rules: AssessLater = (facts, day, options) => assess(facts, day, knowledge, options);

/** One stored case (a web conversation with a verdict of 02.03.2026) and a watch over it, as one release runs it. */
function release(
  db: ReturnType<typeof openDatabase>,
  release: { entries: readonly KnowledgeEntry[]; rules: AssessLater; today: string },
) {
  return createWatchJob({
    store: createSqlWatchStore(sqliteRunner(db)),
    cases: { verdictCase: async () => ({ facts: FACTS, lawAsOf: '2026-03-02', unknown: [], lang: 'de' }) },
    assess: release.rules,
    fingerprints: () => fingerprintEntries(release.entries),
    entryTitle: (id) => release.entries.find((e) => e.id === id && e.lang === 'de')?.title,
    channels: new Set(['web']),
    today: () => release.today,
    now: () => `${release.today}T09:00:00.000Z`,
    retentionDays: 90,
    logger: silentLogger,
  });
}

function database() {
  const db = openDatabase(':memory:');
  db.prepare(
    "INSERT INTO conversations (id, channel, lang, status, created_at, updated_at) VALUES ('c1', 'web', 'de', 'answered', ?, ?)",
  ).run('2026-03-02T09:00:00.000Z', '2026-03-02T09:00:00.000Z');
  return db;
}

const edit = (id: string, change: Partial<KnowledgeEntry>) =>
  entries.map((e) => (e.id === id ? { ...e, ...change } : e));

describe('knowledge releases (issue 20): each entry’s fingerprint covers its content and validity dates', () => {
  it('gives another fingerprint for an edited body or a moved validity date, and the same for the same entries', async () => {
    const before = await fingerprintEntries(entries);
    expect((await fingerprintEntries([...entries].reverse())).get('ba.consent')).toBe(before.get('ba.consent'));
    const body = await fingerprintEntries(edit('ba.consent', { body: 'Neuer Text.' }));
    const until = await fingerprintEntries(edit('ba.consent', { valid_until: '2027-12-31' }));
    expect(body.get('ba.consent')).not.toBe(before.get('ba.consent'));
    expect(until.get('ba.consent')).not.toBe(before.get('ba.consent'));
    expect(until.get('waiting.three-months')).toBe(before.get('waiting.three-months'));
  });

  it('an edited entry the verdict rests on counts from the day the release runs; a verdict it changes is recorded once', async () => {
    const db = database();
    await release(db, { entries, rules, today: '2026-03-02' }).run();
    // A release on 10.03.2026 edits the entry on BA consent and, with it, the rules: BA consent falls away.
    const edited = edit('ba.consent', { body: 'Überarbeitet.' });
    const newRules: AssessLater = (facts, day, options): Assessment => ({
      ...rules(facts, day, options),
      baConsent: 'not_required',
    });
    const deployed = release(db, { entries: edited, rules: newRules, today: '2026-03-12' });
    const knowledgeRows = () => db.prepare("SELECT seen_on FROM watch_knowledge WHERE entry_key = 'ba.consent'").get();
    expect(await deployed.run()).toMatchObject({ changes: 1 });
    expect(knowledgeRows()).toEqual({ seen_on: '2026-03-12' });
    const record = db.prepare("SELECT date, payload FROM watch_notices WHERE kind = 'law_change'").get() as {
      date: string;
      payload: string;
    };
    const payload = JSON.parse(record.payload);
    expect(record.date).toBe('2026-03-12');
    expect(payload.cause).toBe('release');
    expect(payload.entries.map((e: { id: string }) => e.id)).toContain('ba.consent');
    expect(payload.text).toMatch(
      /^Seit dem 12\.03\.2026 ist „[^“]+“ überarbeitet: Ihre Einschätzung vom 02\.03\.2026 ändert sich\./,
    );
    expect(payload.text).toContain('Zustimmung der Bundesagentur für Arbeit: vorher nötig, jetzt nicht nötig.');
    expect(await release(db, { entries: edited, rules: newRules, today: '2026-03-13' }).run()).toMatchObject({
      changes: 0,
    });
  });

  it('an edit that changes no verdict records nothing, and is not blamed for a later change', async () => {
    const db = database();
    await release(db, { entries, rules, today: '2026-03-02' }).run();
    const edited = edit('waiting.three-months', { body: 'Klarer formuliert.' });
    expect(await release(db, { entries: edited, rules, today: '2026-03-05' }).run()).toMatchObject({ changes: 0 });
    const baseline = JSON.parse(
      (db.prepare('SELECT baseline FROM watch_cases').get() as { baseline: string }).baseline,
    ) as { entries: Record<string, string> };
    expect(baseline.entries['waiting.three-months']).toBe(
      (await fingerprintEntries(edited)).get('waiting.three-months'),
    );
    expect(db.prepare('SELECT COUNT(*) AS n FROM watch_notices').get()).toEqual({ n: 0 });
  });
});
