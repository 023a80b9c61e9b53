import type { Assessment } from '../../src/domain/assessment.js';

const cite = {
  entryId: 'duty.notify',
  title: 'Meldepflicht <Arbeitgeber>',
  legalBasis: ['§ 60d Abs. 3 AufenthG'],
  reviewedAt: '2026-10-01',
  sources: [
    { title: '§ 60d AufenthG', url: 'https://www.gesetze-im-internet.de/aufenthg_2004/__60d.html' },
    { title: 'Kein Link', url: 'javascript:alert(1)' },
  ],
};

/** A permission-required case with a waiting period, one notification duty and the § 60d route open. */
export function sampleAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    lawAsOf: '2026-11-22',
    outcome: 'permission_required',
    permission: { required: true, authority: 'auslaenderbehoerde' },
    baConsent: 'required',
    earliestStart: '2027-01-15',
    missingFacts: [],
    steps: [{ id: 'apply', text: 'Erlaubnis beantragen', citations: [cite] }],
    documents: [{ id: 'copy', text: 'Kopie der Duldung & Zusatzblatt', citations: [cite] }],
    employerDuties: [
      { id: 'keep_copy', text: 'Kopie aufbewahren', citations: [cite] },
      { id: 'notify', text: 'Vorzeitiges Ende melden', deadlineDays: 14, citations: [cite] },
    ],
    risks: [{ id: 'fine', text: 'Bußgeld <bis 500.000 €>', citations: [] }],
    routes: [
      { id: '60d', status: 'possible', text: 'Beschäftigungsduldung', citations: [] },
      { id: '25b', status: 'excluded', text: 'Nachhaltige Integration', citations: [] },
    ],
    escalation: { recommended: false, urgency: 'normal', reasons: [] },
    openPoints: [],
    citations: [cite],
    ...overrides,
  };
}
