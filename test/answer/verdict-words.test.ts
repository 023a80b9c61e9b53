import { describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../src/answer/build-card.js';
import { handoffOffer } from '../../src/answer/handoff-offer.js';
import { countWords, renderVerdictText } from '../../src/answer/render-text.js';
import { sayIn } from '../../src/answer/texts.js';
import { assessmentBlocks } from '../../src/channels/slack/assessment-blocks.js';
import { consentQuestion } from '../../src/conversation/questions.js';
import { assess } from '../../src/domain/assess.js';
import type { Assessment } from '../../src/domain/assessment.js';
import { rejectedOnGestattung } from '../../src/domain/implied-facts.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';
import { allCases } from '../domain/case-table.js';

const knowledge = createAssessmentKnowledge(loadKnowledgeFromDir('knowledge'));
const LIMIT = 150;

/**
 * The consent question that follows a verdict recommending an adviser is part of the verdict turn, with the offer's
 * reason (S5-20).
 */
const consentText = (a: Assessment, lang: 'de' | 'en') => `${handoffOffer(a, lang)} ${consentQuestion(lang).text}`;

const turns = allCases().flatMap((c) =>
  (['de', 'en'] as const).map((lang) => {
    const a = assess(c.facts, c.lawAsOf, knowledge, { unknown: c.unknown ?? [], lang });
    return {
      name: `${c.name} [${lang}]`,
      lang,
      card: buildAnswerCard(a, c.facts, lang),
      assessment: a,
      event: c.facts.event,
      c,
      escalated: a.escalation.recommended,
    };
  }),
);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

describe(`the verdict turn stays within ${LIMIT} words for every table case`, () => {
  it('in text (API `text`, transcript), with the consent question where the case goes to an adviser', () => {
    const counts = turns.map((t) => {
      const words =
        countWords(renderVerdictText(t.card)) + (t.escalated ? countWords(consentText(t.assessment, t.lang)) : 0);
      return { name: t.name, words };
    });
    expect(counts.filter((c) => c.words > LIMIT)).toEqual([]);
    expect(median(counts.map((c) => c.words))).toBeLessThan(LIMIT);
  });

  it('in Slack (sections and context of the verdict message, plus the consent question)', () => {
    const counts = turns.map((t) => {
      const { blocks } = assessmentBlocks(t.card, t.lang, 'm');
      const shown = blocks.flatMap((b) =>
        b.type === 'section' ? [b.text.text] : b.type === 'context' ? b.elements.map((e) => e.text) : [],
      );
      // The icon (":no_entry:") is a picture, not words.
      const text = shown.join('\n').replace(/:[a-z_]+:/g, '');
      const words = countWords(text) + (t.escalated ? countWords(consentText(t.assessment, t.lang)) : 0);
      return { name: t.name, words };
    });
    expect(counts.filter((c) => c.words > LIMIT)).toEqual([]);
  });

  it('in the widget (what the card shows before any section is opened)', () => {
    const counts = turns.map((t) => {
      const instead = t.card.sections.find((s) => s.id === 'instead');
      const shown = [
        t.card.headline,
        ...t.card.steps.map((s) => s.text),
        ...t.card.facts.map((f) => f.text),
        ...(instead?.items.map((i) => `${i.lead ?? ''} ${i.text}`) ?? []),
        t.card.footer,
      ];
      return { name: t.name, words: countWords(shown.join('\n')) };
    });
    expect(counts.filter((c) => c.words > LIMIT + 60)).toEqual([]);
  });
});

describe('the answer card is coherent for every table case', () => {
  it('never shows an internal id, a placeholder or an untranslated key', () => {
    // Everything shown, without the entry ids of the sources (those are ids by design).
    const shown = (t: (typeof turns)[number]) =>
      JSON.stringify({ ...t.card, sources: t.card.sources.map(({ entryId: _id, ...rest }) => rest) });
    const bad = turns.filter((t) =>
      /§ haertefall|"haertefall"|route_name\.|\{\w+\}|\b(?:step|duty|open|risk|why|label|section)\.[a-z0-9_]+/.test(
        shown(t),
      ),
    );
    expect(bad.map((t) => t.name)).toEqual([]);
  });

  it('says for every ban that no permission can be granted, and no step of a ban applies for one', () => {
    const bans = turns.filter((t) => t.card.outcome === 'prohibited');
    expect(bans.length).toBeGreaterThan(10);
    for (const t of bans) {
      expect(t.card.headline, t.name).toMatch(/solange das Verbot gilt|while the ban applies/);
      expect(t.card.steps.map((s) => s.text).join(' '), t.name).not.toMatch(/beantragt|BA-Formular|applies at|BA form/);
      expect(t.card.sections[0]?.id, t.name).toBe('instead');
    }
  });

  it('leads an ending with the notice duty and its deadline where the rules find one (review 23)', () => {
    const endings = turns.filter((t) => t.event === 'employment_ends_early' || t.event === 'training_ends_early');
    const withDuty = endings.filter((t) => t.assessment.employerDuties.some((d) => d.id === 'notify_abh_early_end'));
    expect(withDuty.length).toBeGreaterThanOrEqual(4);
    for (const t of withDuty) {
      const due = t.assessment.caseDates?.find((d) => d.kind === 'notice_deadline')?.date ?? '';
      const shown = t.lang === 'de' ? due.split('-').reverse().join('.') : '';
      expect(t.card.label, t.name).toBe(t.lang === 'de' ? 'Meldepflicht' : 'Notice required');
      expect(t.card.headline, t.name).toMatch(/^(Meldepflicht|Notice required): /);
      // The day when the employer said when they learned of the end; else the days (the date is step 1's).
      if (t.lang === 'de' && t.c.facts.eventKnownOn) expect(t.card.headline, t.name).toContain(`bis ${shown}`);
      else expect(t.card.headline, t.name).toMatch(/innerhalb von \d+ Tagen|within \d+ days|bis \d|by \d/);
      expect(t.card.steps[0]?.text, t.name).toMatch(/Ausländerbehörde|immigration office/);
      const duty = t.card.headline.search(/Ausländerbehörde|immigration office/);
      const further = t.card.headline.search(/weitere oder neue Beschäftigung|further or new employment/i);
      expect(duty, t.name).toBeGreaterThan(0);
      // A further job is named only when a ban forbids it, and after the duty (review S3-6).
      if (t.card.outcome === 'prohibited') expect(duty, t.name).toBeLessThan(further);
      else expect(further, t.name).toBe(-1);
    }
    // An employment can end by a contract that runs out: no ending of a job is called "early".
    for (const t of endings.filter((x) => x.event === 'employment_ends_early'))
      expect(`${t.card.headline} ${t.card.facts.map((f) => f.text).join(' ')}`, t.name).not.toMatch(/vorzeitig|early/);
  });

  it('gives at most three steps, and says why a verdict is not possible', () => {
    for (const t of turns) expect(t.card.steps.length, t.name).toBeLessThanOrEqual(3);
    for (const t of turns.filter((x) => x.card.outcome === 'not_possible'))
      expect(t.card.headline, t.name).toMatch(/^(Nicht möglich|Not possible): .{20,}/);
  });

  it('after an asylum rejection of a person already employed, speaks of what changes now and leads with the rules’ first step', () => {
    const rejected = turns.filter((t) => t.event === 'asylum_rejected_while_employed');
    expect(rejected.length).toBeGreaterThanOrEqual(10);
    for (const t of rejected) {
      // Not the procedure that has ended: no "during the asylum procedure", no application date as the
      // ban's reason, no Gestattung's clause as the reason for a new permission.
      expect(t.card.headline, t.name).not.toMatch(
        /Asylverfahren|asylum procedure|nach dem 31\.08\.2015 gestellt|made after 31|Im Dokument steht „Beschäftigung nur mit Erlaubnis“|The document says “Beschäftigung nur mit Erlaubnis”/,
      );
      const first = t.assessment.steps.find((s) =>
        ['stop_after_rejection', 'permission_after_rejection', 'training_after_rejection'].includes(s.id),
      );
      if (!first) continue;
      // On a Gestattung still held the card's step waits for its end (§ 67 Abs. 1 AsylG, review S6-3).
      const key =
        first.id === 'permission_after_rejection' && rejectedOnGestattung(t.c.facts)
          ? 'step.permission_after_rejection_gestattung'
          : (`step.${first.id}` as Parameters<ReturnType<typeof sayIn>>[0]);
      const text = sayIn(t.lang)(key);
      expect(
        t.card.steps.map((s) => s.text),
        t.name,
      ).toContain(text);
      if (t.card.outcome === 'permission_required') expect(t.card.headline, t.name).toMatch(/Ablehnung|rejection/);
    }
  });
});
