import { describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../src/answer/build-card.js';
import { renderDetailsText } from '../../src/answer/render-text.js';
import { detailBlocks } from '../../src/channels/slack/assessment-blocks.js';
import { caseCalendarEvents } from '../../src/channels/web/widget/client/case-calendar.js';
import { caseTimeline, dutyReminders } from '../../src/channels/web/widget/client/case-dates.js';
import { checklistHtml } from '../../src/channels/web/widget/client/checklist.js';
import { formatDate, translator } from '../../src/channels/web/widget/client/i18n.js';
import { buildIcs } from '../../src/channels/web/widget/client/ics.js';
import { assess } from '../../src/domain/assess.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { createFakeKnowledge } from '../domain/fake-knowledge.js';

/**
 * Issue 20.1: the case's dates are the rules' (src/domain/case-dates.ts) and every channel that renders the
 * assessment shows them: the widget's timeline, the checklist, the .ics export and Slack's details.
 */
const knowledge = createFakeKnowledge();
const LAW_AS_OF = '2026-11-22';

/** A waiting period that ends, a document that expires and § 25b's six years, all after the law date. */
const waiting: CaseFacts = {
  status: 'duldung',
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  nationality: 'SY',
  entryDate: '2021-03-15',
  toleratedSince: '2026-10-01',
  documentValidUntil: '2027-03-31',
  minorChildren: false,
  livesInReceptionCentre: false,
  removalMeasuresPending: false,
  job: { kind: 'employment' },
};
/** A training that ends early: the notice duty gets its deadline. */
const trainingEnds: CaseFacts = {
  status: 'ausbildungsduldung',
  workClause: 'beschaeftigung_gestattet',
  nationality: 'SY',
  event: 'training_ends_early',
  job: { kind: 'vocational_training' },
};

const assessed = (facts: CaseFacts, lang: 'de' | 'en' = 'de') => assess(facts, LAW_AS_OF, knowledge, { lang });
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('the case dates in every channel (issue 20.1)', () => {
  const a = assessed(waiting);
  const dates = a.caseDates ?? [];
  const t = translator('de');

  it('the case has dates of several kinds to show', () => {
    expect(new Set(dates.map((d) => d.kind)).size).toBeGreaterThanOrEqual(2);
  });

  it('the widget’s timeline shows today and the rules’ dates, each with what to do', () => {
    const timeline = caseTimeline(a, waiting, t);
    expect(timeline[0]).toMatchObject({ kind: 'today', date: LAW_AS_OF });
    expect(timeline.slice(1).map((d) => [d.id, d.date, d.label, d.text])).toEqual(
      [...dates].sort((x, y) => x.date.localeCompare(y.date)).map((d) => [d.id, d.date, d.label, d.text]),
    );
    // No second calculation beside the rules: the widget's rough route clock is gone once the rules date them.
    expect(timeline.map((d) => d.label).join(' ')).not.toContain(t('routeMilestone', { route: '60d', months: 12 }));
  });

  it('the checklist lists each date with its day and what to do', () => {
    const html = checklistHtml(a, waiting, t, 'de');
    for (const d of dates) {
      expect(html).toContain(`${formatDate(d.date, 'de')}: ${d.label}`);
      expect(html).toContain(d.text.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
    }
  });

  it('the calendar file has one event per date, on its day, with what to do; the UID survives a moved date', () => {
    const ics = unfold(buildIcs(caseCalendarEvents(a, waiting, t, 'c1'), '2026-11-22T10:00:00.000Z'));
    for (const d of dates) {
      const event = ics.split('BEGIN:VEVENT').find((e) => e.includes(`UID:c1-${d.id}@lotse`));
      expect(event, d.id).toBeDefined();
      expect(event).toContain(`DTSTART;VALUE=DATE:${d.date.replace(/-/g, '')}`);
      expect(event).toContain(`SUMMARY:Lotse: ${d.label}`);
      expect(event).toContain('DESCRIPTION:');
    }
    const expiry = dates.find((d) => d.kind === 'document_expires');
    expect(expiry).toBeDefined();
    const renewed = assessed({ ...waiting, documentValidUntil: '2027-09-30' });
    const events = caseCalendarEvents(renewed, waiting, t, 'c1');
    const moved = events.find((e) => e.uid === `c1-${expiry?.id}@lotse`);
    expect(moved?.date).toBe('2027-09-30');
    expect(moved?.alarmDaysBefore).toBeGreaterThan(0);
  });

  it('Slack’s details and the text channel list the dates, each with its day and what to do', () => {
    for (const lang of ['de', 'en'] as const) {
      const inLang = assessed(waiting, lang);
      const card = buildAnswerCard(inLang, waiting, lang);
      const section = card.sections.find((s) => s.id === 'dates');
      expect(section?.items).toHaveLength(dates.length);
      const shown = JSON.stringify(detailBlocks(card, lang));
      const text = renderDetailsText(card, lang);
      expect(text).toContain(`${section?.title}:`);
      for (const [i, d] of (inLang.caseDates ?? []).entries()) {
        // The day as the language writes it (the same as in the text), then the label; the text says what to do.
        const item = section?.items[i];
        expect(item?.lead).toMatch(new RegExp(`^${d.text.match(/\d{1,2}(\.\d\d\.| \w+ )\d{4}/)?.[0]}: `));
        expect(item?.lead).toContain(d.label);
        expect(item?.text).toBe(d.text);
        expect(shown).toContain(d.text.slice(0, 40));
        expect(text).toContain(d.text);
      }
      expect(shown).toContain(lang === 'de' ? 'Termine des Falls' : 'Dates of the case');
    }
  });

  it('a notice deadline the rules have dated is not reminded a second time as an undated duty', () => {
    const ends = assessed(trainingEnds);
    const deadline = (ends.caseDates ?? []).find((d) => d.kind === 'notice_deadline');
    expect(deadline).toBeDefined();
    expect(dutyReminders(ends)).toEqual([]);
    const timeline = caseTimeline(ends, trainingEnds, t);
    expect(timeline.filter((d) => d.kind === 'deadline').map((d) => d.date)).toEqual([deadline?.date]);
    // Without the rules' dates (an assessment stored before them), the duty is still reminded.
    const { caseDates: _, ...stored } = ends;
    expect(dutyReminders(stored).map((r) => r.id)).toEqual(
      ends.employerDuties.filter((d) => d.deadlineDays).map((d) => d.id),
    );
  });
});
