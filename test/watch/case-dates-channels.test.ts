import { describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../src/answer/build-card.js';
import { renderDetailsText } from '../../src/answer/render-text.js';
import { detailBlocks } from '../../src/channels/slack/assessment-blocks.js';
import { cardCalendarEvents, cardDates } from '../../src/channels/web/widget/client/card-dates.js';
import { checklistHtml } from '../../src/channels/web/widget/client/checklist.js';
import { translator } from '../../src/channels/web/widget/client/i18n.js';
import { buildIcs } from '../../src/channels/web/widget/client/ics.js';
import { assess } from '../../src/domain/assess.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { createFakeKnowledge } from '../domain/fake-knowledge.js';

/**
 * Issue 20.1: the case's dates are the rules' (src/domain/case-dates.ts) and every channel that renders the
 * answer card shows them: the widget's timeline, the checklist, the .ics export and Slack's details.
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
  const card = buildAnswerCard(a, waiting, 'de');
  const t = translator('de');
  const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  it('the case has dates of several kinds, and the answer card carries them', () => {
    expect(new Set(dates.map((d) => d.kind)).size).toBeGreaterThanOrEqual(2);
    expect(card.dates?.map((d) => [d.id, d.date, d.label, d.text])).toEqual(
      dates.map((d) => [d.id, d.date, d.label, d.text]),
    );
  });

  it('the widget’s timeline shows today and the rules’ dates, each with what to do', () => {
    const timeline = cardDates(card, t);
    expect(timeline[0]).toMatchObject({ kind: 'today', date: LAW_AS_OF });
    for (const d of dates)
      expect(timeline.filter((x) => x.date === d.date).map((x) => [x.id, x.label, x.text])).toEqual([
        [d.id, d.label, d.text],
      ]);
    expect(timeline.map((d) => d.date)).toEqual([...timeline.map((d) => d.date)].sort());
  });

  it('the checklist lists each date with its day and what to do', () => {
    const html = checklistHtml(card, t, 'de');
    expect(html).toContain('<h2>Termine des Falls</h2>');
    for (const d of card.dates ?? []) {
      const item = card.sections.find((s) => s.id === 'dates')?.items.find((i) => i.text === d.text);
      expect(html).toContain(`<strong>${escapeHtml(item?.lead ?? '-')}:</strong> ${escapeHtml(d.text)}`);
    }
  });

  it('the calendar file has one event per date, on its day, with what to do; the UID survives a moved date', () => {
    const ics = unfold(buildIcs(cardCalendarEvents(card, t, 'c1'), '2026-11-22T10:00:00.000Z'));
    for (const d of dates) {
      const events = ics.split('BEGIN:VEVENT').filter((e) => e.includes(`UID:c1-${d.id}@lotse`));
      expect(events, d.id).toHaveLength(1);
      expect(events[0]).toContain(`DTSTART;VALUE=DATE:${d.date.replace(/-/g, '')}`);
      expect(events[0]).toContain(`SUMMARY:Lotse: ${d.label}`);
      expect(events[0]).toContain(`DESCRIPTION:${d.text.slice(0, 30)}`);
    }
    const expiry = dates.find((d) => d.kind === 'document_expires');
    expect(expiry).toBeDefined();
    const renewed = buildAnswerCard(assessed({ ...waiting, documentValidUntil: '2027-09-30' }), waiting, 'de');
    const moved = cardCalendarEvents(renewed, t, 'c1').find((e) => e.uid === `c1-${expiry?.id}@lotse`);
    expect(moved?.date).toBe('2027-09-30');
    expect(moved?.alarmDaysBefore).toBeGreaterThan(0);
  });

  it('Slack’s details and the text channel list the dates, each with its day and what to do', () => {
    for (const lang of ['de', 'en'] as const) {
      const inLang = assessed(waiting, lang);
      const langCard = buildAnswerCard(inLang, waiting, lang);
      const section = langCard.sections.find((s) => s.id === 'dates');
      expect(section?.items).toHaveLength(dates.length);
      const shown = JSON.stringify(detailBlocks(langCard, lang));
      const text = renderDetailsText(langCard, lang);
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

  it('a notice deadline the rules have dated is on the timeline once, with what to do', () => {
    const ends = assessed(trainingEnds);
    const deadline = (ends.caseDates ?? []).find((d) => d.kind === 'notice_deadline');
    expect(deadline).toBeDefined();
    const endsCard = buildAnswerCard(ends, trainingEnds, 'de');
    const onIt = cardDates(endsCard, t).filter((d) => d.date === deadline?.date);
    expect(onIt.map((d) => d.text)).toEqual([deadline?.text]);
  });

  it('the deadline counts from the day the employer learned of the end, when they said it (review finding 3)', () => {
    const told = assessed({ ...trainingEnds, eventKnownOn: '2026-11-20' });
    const deadline = (told.caseDates ?? []).find((d) => d.kind === 'notice_deadline');
    const withoutDay = (assessed(trainingEnds).caseDates ?? []).find((d) => d.kind === 'notice_deadline');
    // Two days earlier than counted from the day it was said (LAW_AS_OF).
    expect(Date.parse(withoutDay?.date ?? '') - Date.parse(deadline?.date ?? '')).toBe(2 * 24 * 60 * 60 * 1000);
    expect(deadline?.text).toContain('20.11.2026');
    const step = buildAnswerCard(told, { ...trainingEnds, eventKnownOn: '2026-11-20' }, 'de').steps.find(
      (s) => s.date === deadline?.date,
    );
    expect(step?.text).toMatch(/Tagen ab Kenntnis, also bis \d\d\.\d\d\.2026\./);
    expect(step?.text).not.toContain('heute');
  });

  it('a deadline that had passed on the day told says "report now" in the steps, never a later "bis"', () => {
    // Learned of the end five weeks before telling Lotse: the two weeks ran out long ago.
    const facts: CaseFacts = { ...trainingEnds, eventKnownOn: '2026-10-18' };
    const overdue = (assessed(facts).caseDates ?? []).find((d) => d.id === 'notice_deadline:notify_abh_early_end');
    expect(overdue).toMatchObject({ kind: 'notice_overdue', date: LAW_AS_OF });
    const overdueCard = buildAnswerCard(assessed(facts), facts, 'de');
    const notify = overdueCard.steps.find((s) => /Ausländerbehörde/.test(s.text));
    expect(notify?.text).toMatch(/jetzt/);
    expect(notify?.text).toContain('18.10.2026');
    expect(notify?.text).not.toMatch(/bis \d/);
    expect(notify?.date).toBeUndefined();
    const en = buildAnswerCard(assessed(facts, 'en'), facts, 'en').steps.find((s) => /immigration office/.test(s.text));
    expect(en?.text).toMatch(/now/);
    expect(en?.text).not.toMatch(/\bby \d/);
    // The timeline and the text channel carry it with its label, on the day it was told.
    expect(cardDates(overdueCard, t).find((d) => d.id === overdue?.id)?.label).toMatch(/überfällig/);
  });

  it('a card stored before the case dates still gives its dated steps', () => {
    const { dates: _, ...stored } = card;
    const timeline = cardDates(stored, t);
    expect(timeline[0]?.kind).toBe('today');
    expect(timeline.slice(1).map((d) => d.date)).toEqual(
      [...card.steps.filter((s) => s.date).map((s) => s.date), ...(card.earliestStart ? [card.earliestStart] : [])]
        .filter((d, i, all) => all.indexOf(d) === i)
        .sort(),
    );
  });
});
