import { describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../src/answer/build-card.js';
import { shortFacts } from '../../src/answer/render-text.js';
import { assess } from '../../src/domain/assess.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { describeFact } from '../../src/i18n/fact-labels.js';
import { createFakeKnowledge } from '../domain/fake-knowledge.js';

// Review S4-16 (first part): a Tunisian geduldet only since 08/2025 escapes the ban through the work permission
// she held on 11.06.2026 (§ 104 Abs. 18 Nr. 2 AufenthG). "Your details" showed "tolerated since August 2025 · … ·
// entered 2023 (month?) · …": the decisive permission behind "…", and the first fact alone would mean the ban.

const knowledge = createFakeKnowledge();
const LAW = '2026-12-07';
const base: CaseFacts = {
  status: 'duldung',
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  removalMeasuresPending: false,
  nationality: 'TN',
  asylumApplied: true,
  asylumAppliedOn: '2025',
  asylumOutcome: 'rejected',
  entryDate: '2023',
  toleratedSince: '2025-08',
  job: { kind: 'employment', hoursPerWeek: 30 },
};

describe('the facts line names the fact a safe-country carve-out turns on', () => {
  it.each([
    ['de', true],
    ['en', true],
  ] as const)('%s, permission on 11.06.2026: %s — shown beside the Duldung date, not behind "…"', (lang, had) => {
    const facts: CaseFacts = { ...base, hadWorkPermitOn11June2026: had };
    const a = assess(facts, LAW, knowledge, { lang });
    expect(a.outcome).toBe(had ? 'permission_required' : 'prohibited');
    const line = shortFacts(buildAnswerCard(a, facts, lang));
    const permission = describeFact('hadWorkPermitOn11June2026', had, lang);
    expect(line).toContain(permission);
    // Right after the document and its date: the two facts the carve-out compares.
    expect(line.indexOf(permission)).toBeLessThanOrEqual(2);
  });
});
