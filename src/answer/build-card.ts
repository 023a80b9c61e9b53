import type { Assessment } from '../domain/assessment.js';
import type { CaseFacts } from '../domain/facts.js';
import type { AnswerCard, AnswerFact } from './card.js';
import { factName, factText, flatFacts } from './fact-text.js';
import { cardLabel, headline, TONES } from './headline.js';
import { keySteps } from './key-steps.js';
import { detailSections, numberSources } from './sections.js';
import { type Lang, sayIn } from './texts.js';

/** The default "hire" event says nothing the employer needs to see again. */
const shown = ([key, value]: [string, unknown]) => !(key === 'event' && value === 'hire');

/** The facts the verdict rests on, as the employer gave them (a year stays a year). */
export function caseFacts(facts: CaseFacts, lang: Lang): AnswerFact[] {
  return flatFacts(facts)
    .filter(shown)
    .map(([key, value]) => ({ key, name: factName(key, lang), text: factText(key, value, lang) }));
}

/**
 * The one answer structure every channel renders: verdict with reason, at most three steps, the
 * facts, and the details in sections. `facts` are the employer's own (as said), not the cautious
 * readings the rules may have used.
 */
export function buildAnswerCard(a: Assessment, facts: CaseFacts, lang: Lang): AnswerCard {
  const say = sayIn(lang);
  const { sources, refsOf } = numberSources(a);
  const card: AnswerCard = {
    kind: 'verdict',
    lang,
    lawAsOf: a.lawAsOf,
    outcome: a.outcome,
    tone: TONES[a.outcome],
    label: cardLabel(a, facts, say),
    headline: headline(a, facts, say, lang),
    steps: keySteps(a, facts, say, refsOf),
    facts: caseFacts(facts, lang),
    sections: detailSections(a, say, refsOf, sources),
    sources,
    footer: say('text.stand', { date: a.lawAsOf }),
  };
  card.dates = (a.caseDates ?? []).map((d) => ({
    id: d.id,
    kind: d.kind,
    date: d.date,
    label: d.label,
    text: d.text,
    refs: refsOf(d.citations.map((c) => c.entryId)),
  }));
  if (a.event) card.event = a.event;
  if (a.earliestStart) card.earliestStart = a.earliestStart;
  if (a.escalation.recommended) {
    card.escalation = {
      urgent: a.escalation.urgency === 'urgent',
      // A route worth checking is a chance, not a problem with the case: "kann … prüfen", not "sollte" (S5-20).
      title: say(
        a.escalation.urgency === 'urgent'
          ? 'section.escalation_urgent'
          : a.escalation.reasons.every((r) => r.code === 'route_check')
            ? 'section.escalation_route'
            : 'section.escalation',
      ),
      reasons: a.escalation.reasons.map((r) => r.text),
    };
  }
  return card;
}
