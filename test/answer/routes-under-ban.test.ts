import { describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../src/answer/build-card.js';
import { assess } from '../../src/domain/assess.js';
import { answerFollowUp } from '../../src/followup/answer-follow-up.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';
import { allCases } from '../domain/case-table.js';
import { deps } from '../followup/follow-up-set.js';

// Review 8 / issue 14: after a ban, no route that needs work or training in Germany is offered as open
// (§ 19d Abs. 1 Nr. 1: a qualification or years of employment here; § 25b Abs. 1 S. 2 Nr. 3: livelihood
// mostly from work; §§ 60c, 60d, 16g: a training place or a job). The rules decide each route's status;
// where they can only say "possible", a ban means the way there is blocked — unless already walked.

const knowledge = createAssessmentKnowledge(loadKnowledgeFromDir('knowledge'));
/** The routes' names as the statute numbers them, as they appear in their labels. */
// § 25b is not among them (session 7, review finding 4): its livelihood may be a prognosis ("oder … zu erwarten ist,
// dass er seinen Lebensunterhalt … sichern wird", § 25b Abs. 1 S. 2 Nr. 3 AufenthG), Abs. 1 S. 3 and Abs. 3 excuse
// it, and a ban bars the Duldung's work permission, not the residence title: the rules say what the ban means for it.
const WORK_ROUTES = [/§ 19d|section 19d/, /§ 60c|section 60c/, /§ 60d|section 60d/, /§ 16g|section 16g/];
const BLOCKED = /versperrt, solange das Verbot gilt|blocked while the ban applies/;

const bans = allCases().flatMap((c) =>
  (['de', 'en'] as const).flatMap((lang) => {
    const a = assess(c.facts, c.lawAsOf, knowledge, { unknown: c.unknown ?? [], lang });
    return a.outcome === 'prohibited'
      ? [{ name: `${c.name} [${lang}]`, lang, c, a, card: buildAnswerCard(a, c.facts, lang) }]
      : [];
  }),
);

const isWorkRoute = (label: string) => WORK_ROUTES.some((p) => p.test(label));

describe('routes after a ban (every ban of the rules table, de and en)', () => {
  it('has bans whose rules call a route through work "possible" (else this test would say nothing)', () => {
    expect(bans.length).toBeGreaterThan(10);
    const possibleWork = bans.filter((b) =>
      b.a.routes.some((r) => r.status === 'possible' && isWorkRoute(r.label ?? '')),
    );
    expect(possibleWork.length).toBeGreaterThan(5);
  });

  it('never shows a route through work as open, in "instead" or under the routes; names it as blocked', () => {
    for (const b of bans) {
      const instead = b.card.sections.find((s) => s.id === 'instead');
      const routes = b.card.sections.find((s) => s.id === 'routes');
      const openLine = instead?.items.find((i) =>
        /Mit noch offenen Bedingungen|With conditions still open/.test(i.text),
      );
      for (const label of b.a.routes.filter((r) => isWorkRoute(r.label ?? '')).map((r) => r.label ?? '')) {
        expect(openLine?.text ?? '', `${b.name}: ${label} in the open line`).not.toContain(label);
      }
      for (const item of routes?.items ?? []) {
        if (!item.lead || !isWorkRoute(item.lead)) continue;
        const likely = b.a.routes.find((r) => item.lead?.startsWith(r.label ?? '\u0000'))?.status === 'likely';
        if (likely) continue;
        expect(item.lead, b.name).toMatch(BLOCKED);
        expect(item.lead.replace(BLOCKED, ''), b.name).not.toMatch(/– (möglich|possible)/);
      }
      const blocked = b.a.routes.filter((r) => r.status === 'possible' && isWorkRoute(r.label ?? ''));
      if (blocked.length > 0) {
        const line = instead?.items.find((i) => BLOCKED.test(i.text) || /versperrt|blocked/.test(i.text));
        for (const r of blocked) expect(line?.text ?? '', b.name).toContain(r.label ?? '');
      }
    }
  });

  it('says what the ban means for a route once: where the rules’ conditions say it, the overlay does not repeat it', () => {
    const overlay = /Nur wenn die Voraussetzungen schon erfüllt sind|Only if its conditions are already met/;
    const rulesSay = /solange das Beschäftigungsverbot gilt|while the employment ban applies/;
    let weighed = 0;
    for (const b of bans) {
      for (const item of b.card.sections.find((s) => s.id === 'routes')?.items ?? []) {
        if (!item.lead || !BLOCKED.test(item.lead)) continue;
        const mentions = (item.text.match(new RegExp(`${overlay.source}|${rulesSay.source}`, 'g')) ?? []).length;
        expect(mentions, `${b.name}: ${item.lead}: ${item.text}`).toBe(1);
        if (rulesSay.test(item.text)) weighed++;
      }
    }
    expect(weighed).toBeGreaterThan(5);
  });

  it('never shows § 25b as blocked by a ban: possible with the rules’ own condition on the livelihood', () => {
    let seen = 0;
    for (const b of bans) {
      const route = b.a.routes.find((r) => r.id === '25b');
      if (route?.status !== 'possible') continue;
      seen++;
      const label = route.label ?? '\u0000';
      const item = b.card.sections.find((s) => s.id === 'routes')?.items.find((i) => i.lead?.startsWith(label));
      expect(item?.lead ?? '', b.name).not.toMatch(BLOCKED);
      if (b.c.facts.livelihoodSecured !== true) {
        expect(item?.text ?? '', b.name).toMatch(
          /solange das Beschäftigungsverbot gilt|while the employment ban applies/,
        );
      }
      const instead = b.card.sections.find((s) => s.id === 'instead');
      const blockedLine = instead?.items.find((i) => /versperrt|blocked/.test(i.text));
      expect(blockedLine?.text ?? '', b.name).not.toContain(label);
      const answer = answerFollowUp(
        {
          question: b.lang === 'de' ? 'Gibts irgendeinen Weg?' : 'Is there any way at all?',
          lang: b.lang,
          lawAsOf: b.c.lawAsOf,
          facts: b.c.facts,
          unknown: b.c.unknown ?? [],
          assessment: b.a,
        },
        deps,
      );
      const blockedSentence = answer.text.match(
        /(?:Versperrt, solange das Verbot gilt|Blocked while the ban applies)[^.]*/,
      )?.[0];
      expect(blockedSentence ?? '', b.name).not.toContain(label);
    }
    expect(seen).toBeGreaterThan(5);
  });

  it('answers "is there any way?" with the adviser check first, work routes as blocked, never as open', () => {
    for (const b of bans) {
      const question = b.lang === 'de' ? 'Gibts irgendeinen Weg?' : 'Is there any way at all?';
      const answer = answerFollowUp(
        { question, lang: b.lang, lawAsOf: b.c.lawAsOf, facts: b.c.facts, unknown: b.c.unknown ?? [], assessment: b.a },
        deps,
      );
      expect(answer.source, b.name).toBe('case.routes');
      expect(answer.text, b.name).toMatch(/^(Zuerst sollte eine Beratungsstelle|First, a counselling service)/);
      const openSentence =
        answer.text.match(/(?:kommen diese Wege in Frage|these routes are open): ([^.]*(?:\.[^ ][^.]*)*)\./)?.[1] ?? '';
      for (const r of b.a.routes.filter((x) => x.status === 'possible' && isWorkRoute(x.label ?? ''))) {
        expect(openSentence, `${b.name}: ${r.label}`).not.toContain(r.label ?? '');
        expect(answer.text, b.name).toMatch(/Versperrt, solange das Verbot gilt|Blocked while the ban applies/);
      }
      expect(answer.text, b.name).not.toMatch(/§ 19d AufenthG\) \(möglich\)|section 19d\) \(possible\)/);
    }
  });
});
