import { describe, expect, it } from 'vitest';
import { assess, evaluate } from '../../src/domain/assess.js';
import type { Assessment } from '../../src/domain/assessment.js';
import { type Case, loadCases } from './case-table.js';
import { createFakeKnowledge } from './fake-knowledge.js';

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

function check(a: Assessment, c: Case): void {
  const e = c.expect;
  expect(a.outcome, 'outcome').toBe(e.outcome);
  expect(a.baConsent, 'baConsent').toBe(e.baConsent);
  if (e.permissionRequired !== undefined)
    expect(a.permission.required, 'permission.required').toBe(e.permissionRequired);
  if (e.earliestStart === 'absent') expect(a.earliestStart, 'earliestStart').toBeUndefined();
  else if (e.earliestStart) expect(a.earliestStart, 'earliestStart').toBe(e.earliestStart);
  if (e.missingFacts) expect(a.missingFacts, 'missingFacts').toEqual(e.missingFacts);
  if (e.missingFactsFirst) expect(a.missingFacts[0], 'first missing fact').toBe(e.missingFactsFirst);
  for (const k of e.missingFactsInclude ?? []) expect(a.missingFacts, 'missingFacts').toContain(k);
  for (const k of e.missingFactsExclude ?? []) expect(a.missingFacts, 'missingFacts').not.toContain(k);
  for (const d of e.dutiesInclude ?? []) expect(ids(a.employerDuties), 'duties').toContain(d);
  for (const d of e.dutiesExclude ?? []) expect(ids(a.employerDuties), 'duties').not.toContain(d);
  if (e.deadlineDays) {
    expect(a.employerDuties.find((d) => d.id === 'notify_abh_early_end')?.deadlineDays, 'deadlineDays').toBe(
      e.deadlineDays,
    );
  }
  for (const [id, status] of Object.entries(e.routes ?? {})) {
    expect(a.routes.find((r) => r.id === id)?.status, `route ${id}`).toBe(status);
  }
  if (e.routeConditionsInclude || e.routeConditionsExclude) {
    const routes = evaluate(c.facts, c.lawAsOf, c.unknown ?? []).routes;
    // A route's conditions, or its exclusion reason(s): one text or a list of them.
    const msgsOf = (value: unknown): string[] => {
      if (!value || typeof value !== 'object') return [];
      if ('list' in value) return (value as { list: { msg: string }[] }).list.map((t) => t.msg);
      return 'msg' in value ? [(value as { msg: string }).msg] : [];
    };
    const keysOf = (id: string): string[] => {
      const params = routes.find((r) => r.id === id)?.params ?? {};
      return [...msgsOf(params.conditions), ...msgsOf(params.reason)];
    };
    for (const [id, keys] of Object.entries(e.routeConditionsInclude ?? {})) {
      for (const k of keys ?? []) expect(keysOf(id), `route ${id} conditions`).toContain(k);
    }
    for (const [id, keys] of Object.entries(e.routeConditionsExclude ?? {})) {
      for (const k of keys ?? []) expect(keysOf(id), `route ${id} conditions`).not.toContain(k);
    }
  }
  if (e.routeConditionsMet || e.routeConditionsOnlyIf) {
    const routes = evaluate(c.facts, c.lawAsOf, c.unknown ?? []).routes;
    const keysIn = (id: string, state: string) =>
      (routes.find((r) => r.id === id)?.conditions ?? []).filter((x) => x.state === state).map((x) => x.msg as string);
    for (const [id, keys] of Object.entries(e.routeConditionsMet ?? {})) {
      expect(keysIn(id, 'met'), `route ${id} met conditions`).toEqual(keys);
    }
    for (const [id, keys] of Object.entries(e.routeConditionsOnlyIf ?? {})) {
      expect(keysIn(id, 'only_if'), `route ${id} only-if conditions`).toEqual(keys);
    }
  }
  if (e.escalation) {
    expect(a.escalation.recommended, 'escalation.recommended').toBe(e.escalation.recommended);
    if (e.escalation.urgency) expect(a.escalation.urgency, 'urgency').toBe(e.escalation.urgency);
    const codes = a.escalation.reasons.map((r) => r.code);
    for (const code of e.escalation.reasonsInclude ?? []) expect(codes, 'escalation reasons').toContain(code);
    for (const code of e.escalation.reasonsExclude ?? []) expect(codes, 'escalation reasons').not.toContain(code);
  }
  if (e.openPointsMin !== undefined) expect(a.openPoints.length, 'openPoints').toBeGreaterThanOrEqual(e.openPointsMin);
  if (e.openPointsMax !== undefined) expect(a.openPoints.length, 'openPoints').toBeLessThanOrEqual(e.openPointsMax);
  if (e.openKeysInclude || e.openKeysExclude) {
    const keys = evaluate(c.facts, c.lawAsOf, c.unknown ?? []).openPoints.map((p) => p.msg as string);
    for (const k of e.openKeysInclude ?? []) expect(keys, 'open point keys').toContain(k);
    for (const k of e.openKeysExclude ?? []) expect(keys, 'open point keys').not.toContain(k);
  }
  for (const r of e.risksInclude ?? []) expect(ids(a.risks), 'risks').toContain(r);
  for (const r of e.risksExclude ?? []) expect(ids(a.risks), 'risks').not.toContain(r);
  for (const s of e.stepsInclude ?? []) expect(ids(a.steps), 'steps').toContain(s);
  for (const s of e.stepsExclude ?? []) expect(ids(a.steps), 'steps').not.toContain(s);
  const cited = a.citations.map((x) => x.entryId);
  for (const id of e.citationsInclude ?? []) expect(cited, 'citations').toContain(id);
  for (const id of e.citationsExclude ?? []) expect(cited, 'citations').not.toContain(id);
}

/** Text must never show an unfilled `{placeholder}` or a bare message key. */
function checkTexts(a: Assessment): void {
  const texts = [
    ...a.steps,
    ...a.documents,
    ...a.employerDuties,
    ...a.risks,
    ...a.routes,
    ...a.escalation.reasons,
    ...a.openPoints,
  ].map((x) => x.text);
  for (const t of texts) {
    expect(t).not.toMatch(/\{\w+\}/);
    expect(t).not.toMatch(/^[a-z_]+\.[a-z0-9_.]+$/);
  }
}

for (const { file, cases } of loadCases()) {
  describe(`rules table ${file}`, () => {
    for (const c of cases) {
      it(c.name, () => {
        const knowledge = createFakeKnowledge();
        const a = assess(c.facts, c.lawAsOf, knowledge, { unknown: c.unknown ?? [], lang: c.lang ?? 'de' });
        check(a, c);
        checkTexts(a);
        expect(knowledge.misses, 'cited entries not in force').toEqual([]);
      });
    }
  });
}
