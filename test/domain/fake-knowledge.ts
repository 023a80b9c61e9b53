import type { Citation } from '../../src/domain/assessment.js';
import { inForce } from '../../src/domain/law-date.js';
import { formatMessage } from '../../src/domain/messages.js';
import type { AssessmentKnowledge, Lang } from '../../src/domain/ports.js';
import { assessmentDe } from '../../src/i18n/assessment.de.js';
import { assessmentEn } from '../../src/i18n/assessment.en.js';

/** One planned knowledge entry (from the knowledge plan): id, validity, status, legal basis. */
export interface PlannedEntry {
  readonly id: string;
  readonly from: string;
  readonly until: string | null;
  readonly status: 'settled' | 'disputed' | 'check';
  readonly basis: string;
}

/** The knowledge plan's ids and validity dates, so the domain tests do not depend on the Markdown writers. */
export const PLANNED_ENTRIES: readonly PlannedEntry[] = [
  {
    id: 'permission.duldung-basics',
    from: '2024-02-27',
    until: null,
    status: 'settled',
    basis: '§ 60a AufenthG; § 4a Abs. 4 AufenthG',
  },
  { id: 'permission.soll-rule', from: '2024-02-27', until: null, status: 'settled', basis: '§ 60a Abs. 5b AufenthG' },
  {
    id: 'permission.job-specific',
    from: '2024-02-27',
    until: null,
    status: 'settled',
    basis: '§ 4a Abs. 4 AufenthG; § 35 BeschV',
  },
  {
    id: 'permission.nebenbestimmung-wording',
    from: '2024-02-27',
    until: null,
    status: 'settled',
    basis: '§ 4a Abs. 3 AufenthG; § 60a Abs. 6 AufenthG; § 60b Abs. 5 S. 2 AufenthG',
  },
  {
    id: 'permission.after-four-years',
    from: '2024-03-01',
    until: null,
    status: 'settled',
    basis: '§ 32 Abs. 2 Nr. 5 BeschV; § 4a Abs. 2 S. 3 AufenthG',
  },
  {
    id: 'permission.residence-permit',
    from: '2024-03-01',
    until: null,
    status: 'settled',
    basis: '§ 4a Abs. 1 AufenthG; § 31 BeschV',
  },
  { id: 'waiting.three-months', from: '2024-02-27', until: null, status: 'settled', basis: '§ 32 Abs. 1 BeschV' },
  {
    id: 'waiting.no-wait-without-consent',
    from: '2024-02-27',
    until: null,
    status: 'settled',
    basis: '§ 32 Abs. 2 BeschV',
  },
  {
    id: 'waiting.reception-centre-2024',
    from: '2024-02-27',
    until: '2026-06-11',
    status: 'settled',
    basis: '§ 61 Abs. 1 S. 2 AsylG (Fassung bis 11.06.2026)',
  },
  {
    id: 'waiting.reception-centre-2026',
    from: '2026-06-12',
    until: null,
    status: 'settled',
    basis: '§ 61 Abs. 1 AsylG; § 47 AsylG',
  },
  {
    id: 'ba.consent',
    from: '2024-03-01',
    until: null,
    status: 'settled',
    basis: '§ 39 AufenthG; § 32 Abs. 1 BeschV; § 36 BeschV',
  },
  { id: 'ba.exceptions', from: '2024-03-01', until: null, status: 'settled', basis: '§ 32 Abs. 2, 3 BeschV' },
  {
    id: 'ba.agency-work',
    from: '2024-03-01',
    until: null,
    status: 'check',
    basis: '§ 32 Abs. 1 S. 2 BeschV; § 40 Abs. 1 Nr. 2 AufenthG; § 61 Abs. 2 S. 3 AsylG',
  },
  { id: 'ban.overview', from: '2024-02-27', until: null, status: 'settled', basis: '§ 60a Abs. 6 AufenthG' },
  {
    id: 'ban.safe-country-national',
    from: '2023-12-23',
    until: null,
    status: 'settled',
    basis: '§ 60a Abs. 6 S. 1 Nr. 3 AufenthG; § 29a AsylG; Anlage II AsylG; § 104 Abs. 18 Nr. 1 AufenthG',
  },
  {
    id: 'ban.safe-country-eu',
    from: '2026-06-12',
    until: null,
    status: 'check',
    basis: '§ 60a Abs. 6 S. 1 Nr. 3 AufenthG; Art. 62 Abs. 1–1b VO (EU) 2024/1348; § 29b AsylG',
  },
  { id: 'ban.transition-104-18', from: '2026-06-12', until: null, status: 'settled', basis: '§ 104 Abs. 18 AufenthG' },
  { id: 'ban.unclear-identity-60b', from: '2024-02-27', until: null, status: 'settled', basis: '§ 60b AufenthG' },
  {
    id: 'ban.removal-measures',
    from: '2024-02-27',
    until: null,
    status: 'settled',
    basis: '§ 60a Abs. 5b S. 2 AufenthG; § 60c Abs. 2 Nr. 5 AufenthG',
  },
  {
    id: 'gestattung.before-geas',
    from: '2024-02-27',
    until: '2026-06-11',
    status: 'settled',
    basis: '§ 61 AsylG (Fassung bis 11.06.2026); § 32 BeschV',
  },
  {
    id: 'gestattung.after-geas',
    from: '2026-06-12',
    until: null,
    status: 'settled',
    basis: '§ 61 AsylG; § 32 Abs. 3 BeschV',
  },
  {
    id: 'training.ausbildungsduldung-60c',
    from: '2024-02-27',
    until: null,
    status: 'settled',
    basis: '§ 60c AufenthG',
  },
  {
    id: 'training.identity-deadlines',
    from: '2020-01-01',
    until: null,
    status: 'settled',
    basis: '§ 60c Abs. 2 Nr. 3, Abs. 7 AufenthG; § 16g Abs. 2 Nr. 3, Abs. 6 AufenthG',
  },
  {
    id: 'training.residence-permit-16g',
    from: '2024-03-01',
    until: null,
    status: 'settled',
    basis: '§ 16g AufenthG; § 5 AufenthG',
  },
  {
    id: 'training.after-training',
    from: '2024-03-01',
    until: null,
    status: 'settled',
    basis: '§ 60c Abs. 6 AufenthG; § 16g Abs. 5, 8 AufenthG; § 19d Abs. 1a AufenthG',
  },
  {
    id: 'training.helper-and-entry-qualification',
    from: '2024-02-27',
    until: null,
    status: 'settled',
    basis: '§ 60c Abs. 1 S. 1 Nr. 1 b AufenthG; § 22 Abs. 1 S. 2 Nr. 4 MiLoG; § 32 Abs. 2 Nr. 1 BeschV',
  },
  { id: 'employment-toleration.60d', from: '2024-02-27', until: null, status: 'settled', basis: '§ 60d AufenthG' },
  {
    id: 'employment-toleration.identity-deadline',
    from: '2024-02-27',
    until: null,
    status: 'settled',
    basis: '§ 60d Abs. 1 Nr. 1, Abs. 4 AufenthG',
  },
  { id: 'route.19d', from: '2024-03-01', until: null, status: 'settled', basis: '§ 19d Abs. 1, 2 AufenthG' },
  { id: 'route.19d-1a', from: '2024-03-01', until: null, status: 'settled', basis: '§ 19d Abs. 1a, 1b AufenthG' },
  { id: 'route.25a', from: '2024-02-27', until: null, status: 'settled', basis: '§ 25a AufenthG' },
  { id: 'route.25b', from: '2024-02-27', until: null, status: 'settled', basis: '§ 25b AufenthG' },
  {
    id: 'route.104c-chancen',
    from: '2022-12-31',
    until: '2025-12-31',
    status: 'settled',
    basis: '§ 104c AufenthG (Fassung vom 31.12.2022)',
  },
  {
    id: 'route.104c-transition',
    from: '2026-01-01',
    until: null,
    status: 'check',
    basis: '§ 104c AufenthG; § 25a Abs. 5–6 AufenthG; § 25b Abs. 7–8 AufenthG; § 81 Abs. 4 AufenthG',
  },
  { id: 'route.haertefall', from: '2024-02-27', until: null, status: 'settled', basis: '§ 23a AufenthG; SächsHFKVO' },
  {
    id: 'route.spurwechsel',
    from: '2024-03-01',
    until: null,
    status: 'settled',
    basis: '§ 10 Abs. 3 AufenthG; § 18a, § 18b, § 19c Abs. 2 AufenthG',
  },
  {
    id: 'duty.check-and-keep-copy',
    from: '2024-03-01',
    until: null,
    status: 'settled',
    basis: '§ 4a Abs. 5 S. 3 Nr. 1, 2 AufenthG',
  },
  {
    id: 'duty.notify-training-end',
    from: '2024-03-01',
    until: null,
    status: 'settled',
    basis: '§ 60c Abs. 5 AufenthG; § 16g Abs. 4 AufenthG; § 98 Abs. 2a Nr. 4, Abs. 5 AufenthG',
  },
  {
    id: 'duty.notify-employment-toleration-end',
    from: '2024-02-27',
    until: null,
    status: 'settled',
    basis: '§ 60d Abs. 3 S. 3, 4 AufenthG; § 82 Abs. 6 AufenthG; § 98 Abs. 2a Nr. 4, Abs. 5 AufenthG',
  },
  {
    id: 'duty.notify-titles-18-21',
    from: '2024-03-01',
    until: null,
    status: 'settled',
    basis: '§ 4a Abs. 5 S. 3 Nr. 3 AufenthG; § 98 Abs. 2a Nr. 2, Abs. 5 AufenthG',
  },
  {
    id: 'duty.plain-duldung-no-notice',
    from: '2024-02-27',
    until: null,
    status: 'check',
    basis: '§ 4a Abs. 5 AufenthG',
  },
  {
    id: 'paperwork.steps',
    from: '2024-03-01',
    until: null,
    status: 'settled',
    basis: '§ 4a Abs. 4, 5 AufenthG; § 39 Abs. 4 AufenthG; § 36 BeschV',
  },
  {
    id: 'paperwork.ba-form',
    from: '2024-03-01',
    until: null,
    status: 'check',
    basis: '§ 39 Abs. 4 AufenthG; § 404 Abs. 2 Nr. 28, 29 SGB III',
  },
  {
    id: 'paperwork.documents',
    from: '2024-03-01',
    until: null,
    status: 'settled',
    basis: '§ 4a Abs. 5 AufenthG; § 60c AufenthG; § 60d AufenthG; § 19d AufenthG',
  },
  {
    id: 'paperwork.processing-time',
    from: '2024-03-01',
    until: null,
    status: 'settled',
    basis: '§ 36 Abs. 2, 3 BeschV',
  },
  {
    id: 'activity.kinds-overview',
    from: '2024-03-01',
    until: null,
    status: 'settled',
    basis: '§ 32 BeschV; § 22 MiLoG; § 4a AufenthG',
  },
  {
    id: 'activity.minijob',
    from: '2026-01-01',
    until: null,
    status: 'check',
    basis: '§ 8 Abs. 1a SGB IV; § 32 BeschV',
  },
  {
    id: 'activity.internship',
    from: '2024-03-01',
    until: null,
    status: 'settled',
    basis: '§ 22 Abs. 1 S. 2 Nr. 1–4 MiLoG; § 32 Abs. 2 Nr. 1 BeschV',
  },
  { id: 'activity.school-training', from: '2024-03-01', until: null, status: 'settled', basis: '§ 4a AufenthG' },
  {
    id: 'activity.self-employment',
    from: '2024-03-01',
    until: null,
    status: 'settled',
    basis: '§ 4a Abs. 4, 5 AufenthG; § 98 Abs. 2a Nr. 1 AufenthG',
  },
  {
    id: 'activity.family-business',
    from: '2024-03-01',
    until: null,
    status: 'settled',
    basis: '§ 32 Abs. 2 Nr. 4 BeschV',
  },
  {
    id: 'wage.minimum-wage-2025',
    from: '2025-01-01',
    until: '2025-12-31',
    status: 'settled',
    basis: '§ 1 MiLoG; MiLoV4; § 8 Abs. 1a SGB IV',
  },
  {
    id: 'wage.minimum-wage-2026',
    from: '2026-01-01',
    until: '2026-12-31',
    status: 'settled',
    basis: '§ 1 MiLoG; § 1 MiLoV5; § 8 Abs. 1a SGB IV',
  },
  {
    id: 'wage.minimum-wage-2027',
    from: '2027-01-01',
    until: null,
    status: 'settled',
    basis: '§ 1 MiLoG; § 1 MiLoV5; § 8 Abs. 1a SGB IV',
  },
  {
    id: 'wage.usual-pay-and-insurance',
    from: '2024-03-01',
    until: null,
    status: 'check',
    basis: '§ 39 Abs. 3 Nr. 1 AufenthG; § 28a SGB IV; § 98a AufenthG',
  },
  {
    id: 'sanction.fines',
    from: '2024-03-01',
    until: null,
    status: 'settled',
    basis:
      '§ 404 Abs. 2 Nr. 3, Abs. 3 SGB III; § 404 Abs. 1 SGB III; § 98 Abs. 2a, 5 AufenthG; § 404 Abs. 2 Nr. 28, 29 SGB III',
  },
  { id: 'sanction.criminal', from: '2024-03-01', until: null, status: 'settled', basis: '§§ 10, 10a, 11 SchwarzArbG' },
  {
    id: 'sanction.public-contracts',
    from: '2024-03-01',
    until: null,
    status: 'settled',
    basis: '§ 21 SchwarzArbG; § 98b AufenthG; § 98c AufenthG; § 98a AufenthG',
  },
  {
    id: 'sanction.expired-document',
    from: '2024-02-27',
    until: null,
    status: 'settled',
    basis: '§ 4a Abs. 4, 5 AufenthG; § 404 Abs. 2 Nr. 3 SGB III',
  },
  {
    id: 'contact.competent-abh',
    from: '2024-02-27',
    until: null,
    status: 'settled',
    basis: '§ 71 AufenthG; § 4a Abs. 4 AufenthG',
  },
  {
    id: 'contact.saxony-dresden',
    from: '2024-03-01',
    until: null,
    status: 'check',
    basis: '§ 23a AufenthG; § 25b AufenthG',
  },
  { id: 'about.limits', from: '2024-02-27', until: null, status: 'settled', basis: '§ 2 RDG' },
  {
    id: 'event.employment-ends',
    from: '2024-03-01',
    until: null,
    status: 'settled',
    basis:
      '§ 60c Abs. 5 AufenthG; § 16g Abs. 4 AufenthG; § 60d Abs. 3 AufenthG; § 4a Abs. 5 S. 3 Nr. 3 AufenthG; § 28a SGB IV',
  },
  {
    id: 'activity.trial-work',
    from: '2024-02-27',
    until: null,
    status: 'check',
    basis: '§ 4a Abs. 4, 5 AufenthG; § 7 SGB IV; § 45 SGB III',
  },
  {
    id: 'event.deportation-or-detention',
    from: '2024-02-27',
    until: null,
    status: 'check',
    basis:
      '§ 58 AufenthG; § 60a Abs. 5, 5a AufenthG; § 62 AufenthG; § 23a AufenthG; Art. 17 GG; § 611a BGB; § 28a SGB IV',
  },
  {
    id: 'event.asylum-rejected-while-employed',
    from: '2024-02-27',
    until: null,
    status: 'check',
    basis:
      '§ 67 AsylG; § 61 Abs. 1 S. 9 AsylG; § 60a Abs. 5b, 6 AufenthG; § 35 Abs. 2, 3 BeschV; § 60c Abs. 1 S. 1 Nr. 1 AufenthG',
  },
  {
    id: 'residence.travel',
    from: '2024-03-01',
    until: null,
    status: 'check',
    basis: '§ 60a Abs. 5 S. 1 AufenthG; § 61 Abs. 1, 1b, 1c AufenthG; § 59a AsylG; § 67 AsylG',
  },
  {
    id: 'update.law-2026',
    from: '2026-06-12',
    until: null,
    status: 'settled',
    basis: '§ 60a Abs. 6 AufenthG; § 104 Abs. 18 AufenthG; § 61 AsylG; § 104c AufenthG; MiLoV5',
  },
];

export interface FakeKnowledge extends AssessmentKnowledge {
  /** Every (id, date) the engine asked for that was unknown or not in force. */
  readonly misses: { id: string; date: string }[];
}

/** A small AssessmentKnowledge over the plan, using the real catalogues; it records every miss. */
export function createFakeKnowledge(entries: readonly PlannedEntry[] = PLANNED_ENTRIES): FakeKnowledge {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const misses: { id: string; date: string }[] = [];
  return {
    misses,
    citation(id, date, lang: Lang): Citation | undefined {
      const entry = byId.get(id);
      if (!entry || !inForce(date, entry.from, entry.until)) {
        misses.push({ id, date });
        return undefined;
      }
      return {
        entryId: id,
        title: `${lang === 'de' ? 'Eintrag' : 'Entry'} ${id}`,
        legalBasis: entry.basis.split('; '),
        reviewedAt: '2026-11-22',
        sources: [{ title: 'gesetze-im-internet.de', url: 'https://www.gesetze-im-internet.de/aufenthg_2004/' }],
      };
    },
    message(lang, key, params) {
      const catalogue: Readonly<Record<string, string>> = lang === 'de' ? assessmentDe : assessmentEn;
      const template = catalogue[key];
      if (template === undefined) throw new Error(`no message "${key}" in ${lang}`);
      return formatMessage(template, params, lang);
    },
  };
}
