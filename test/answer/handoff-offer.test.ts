import { describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../src/answer/build-card.js';
import { handoffOffer } from '../../src/answer/handoff-offer.js';
import { sayIn } from '../../src/answer/texts.js';
import { assess } from '../../src/domain/assess.js';
import { conversationDe } from '../../src/i18n/conversation.de.js';
import { conversationEn } from '../../src/i18n/conversation.en.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';
import { realLotse } from '../conversation/real-lotse.js';
import { allCases } from '../domain/case-table.js';

// Review S5-20: the verdict was followed by "Dieser Fall sollte von einer Beratungsstelle geprüft werden. Darf ich
// ihn … übergeben?" with the same words for a ban, a booked deportation and a plain "Erlaubnis nötig" with a route
// worth checking: an employer read it as "something is wrong with this case". The offer now says why, from the
// escalation's reasons (the most pressing one), and for a route worth checking it is an offer, not a "sollte".

const knowledge = createAssessmentKnowledge(loadKnowledgeFromDir('knowledge'));
const UI = { de: conversationDe, en: conversationEn } as const;

const escalated = allCases().flatMap((c) =>
  (['de', 'en'] as const).flatMap((lang) => {
    const a = assess(c.facts, c.lawAsOf, knowledge, { unknown: c.unknown ?? [], lang });
    return a.escalation.recommended ? [{ name: `${c.name} [${lang}]`, lang, a, offer: handoffOffer(a, lang) }] : [];
  }),
);
const withCode = (code: string) => escalated.filter((t) => t.a.escalation.reasons[0]?.code === code);

describe('the hand-off offer says why (S5-20)', () => {
  it('the table has escalated cases of several kinds in both languages', () => {
    expect(new Set(escalated.map((t) => t.a.escalation.reasons[0]?.code)).size).toBeGreaterThan(3);
    expect(withCode('route_check').length).toBeGreaterThan(1);
    expect(withCode('removal_pending').length).toBeGreaterThan(1);
  });

  it.each(escalated.map((t) => [t.name, t] as const))('%s — never the reasonless sentence', (_, t) => {
    expect(t.offer).not.toContain(UI[t.lang].escalationOffer);
    expect(t.offer.length).toBeGreaterThan(sayIn(t.lang)('offer.ask').length + 15);
  });

  it.each(escalated.map((t) => [t.name, t] as const))('%s — the most pressing reason is the one said', (_, t) => {
    const say = sayIn(t.lang);
    const codes = t.a.escalation.reasons.map((r) => r.code);
    if (codes.includes('removal_pending')) expect(t.offer).toContain(say('offer.removal_pending'));
    else if (codes.every((c) => c === 'route_check')) {
      expect(t.offer.startsWith(say('offer.route_check_lead'))).toBe(true);
      // An offer, not "should be checked", in the message and on the card.
      expect(t.offer.endsWith(say('offer.ask_optional'))).toBe(true);
      expect(buildAnswerCard(t.a, {}, t.lang).escalation?.title).toBe(say('section.escalation_route'));
    } else {
      // A ban (or § 60b) before an open legal point, an unknown fact or a route: what stops the job comes first,
      // said as what the counselling does about it (the headline names the ban); else the rules' reason itself.
      if (codes.includes('ban')) expect(t.offer).toContain(say('offer.ban'));
      else if (codes.includes('unclear_identity')) expect(t.offer).toContain(say('offer.unclear_identity'));
      else {
        const first = t.a.escalation.reasons.find((r) => r.code !== 'route_check');
        expect(t.offer).toContain(first?.text ?? '∅');
        expect(t.offer.endsWith(say('offer.ask'))).toBe(true);
      }
    }
  });
});

describe('in a conversation the consent question carries the reason', () => {
  const { conversations } = realLotse('2026-12-07');
  it.each([
    [
      'de',
      'Dringend!! Unser Koch aus Nigeria (Duldung, Beschäftigung nur mit Erlaubnis, arbeitet seit 2 Jahren bei uns mit Erlaubnis) hat heute Post bekommen, er soll am 15.12. abgeschoben werden, Flug ist gebucht. Er ist seit 2017 in Deutschland. Was können wir tun???',
    ],
    [
      'en',
      'Urgent: our cook from Nigeria (Duldung, employment only with permission, works for us with permission for 2 years) got a letter today, he is to be deported on 15 December, the flight is booked. He has been in Germany since 2017. What can we do?',
    ],
  ] as const)('%s: the booked deportation is named in the offer', async (lang, text) => {
    const conv = await conversations.create(lang);
    const turn = await conversations.post(conv.id, { text });
    const a = turn.state.assessment;
    expect(a?.escalation.urgency).toBe('urgent');
    const offer = turn.messages.find((m) => m.options?.some((o) => o.value === 'yes'));
    expect(offer?.text).toContain(sayIn(lang)('offer.removal_pending'));
    expect(offer?.text).toContain(UI[lang].handoffConsent);
  });
});
