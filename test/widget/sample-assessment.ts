import { buildAnswerCard } from '../../src/answer/build-card.js';
import type { AnswerCard } from '../../src/answer/card.js';
import type { Assessment } from '../../src/domain/assessment.js';
import type { CaseFacts } from '../../src/domain/facts.js';

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
    steps: [
      { id: 'fill_ba_form', text: 'BA-Formular ausfüllen', citations: [cite] },
      { id: 'start_after_permission', text: 'Erst mit Erlaubnis beginnen', citations: [cite] },
      { id: 'watch_expiry', text: 'Ablauf im Blick behalten', citations: [cite] },
    ],
    documents: [{ id: 'copy', text: 'Kopie der Duldung & Zusatzblatt', citations: [cite] }],
    employerDuties: [
      { id: 'keep_copy', text: 'Kopie aufbewahren', citations: [cite] },
      { id: 'notify', text: 'Vorzeitiges Ende melden', deadlineDays: 14, citations: [cite] },
    ],
    risks: [{ id: 'fine', text: 'Bußgeld <bis 500.000 €>', citations: [] }],
    routes: [
      {
        id: '60d',
        status: 'possible',
        text: 'x',
        label: 'Beschäftigungsduldung (§ 60d AufenthG)',
        detail: '12 Monate Arbeit',
        citations: [],
      },
      {
        id: 'haertefall',
        status: 'excluded',
        text: 'y',
        label: 'Härtefallkommission (§ 23a AufenthG)',
        detail: 'Rückführungstermin steht fest',
        citations: [],
      },
    ],
    escalation: { recommended: false, urgency: 'normal', reasons: [] },
    openPoints: [],
    citations: [cite],
    ...overrides,
  };
}

/** The sample as the answer card the widget draws (facts as the employer gave them). */
export function sampleCard(
  overrides: Partial<Assessment> = {},
  facts: Partial<CaseFacts> = {},
  lang: 'de' | 'en' = 'de',
): AnswerCard {
  return buildAnswerCard(
    sampleAssessment(overrides),
    { status: 'duldung', documentValidUntil: '2027-03-31', nationality: 'SY', ...facts },
    lang,
  );
}
