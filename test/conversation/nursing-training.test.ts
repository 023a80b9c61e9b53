import { describe, expect, it } from 'vitest';
import { realLotse } from './real-lotse.js';

// Lead, session 4: the step "Ausbildungsvertrag bei der Kammer eintragen" is wrong for nursing (PflBG: the
// nursing school approves the contract, § 16 Abs. 6 PflBG). The rules had the fact `job.trainingBody`, but no
// conversation could reach it: the employer's words never set it. A conversation about a nursing trainee now
// shows the school's step; a dual training keeps the chamber's.

const { conversations } = realLotse('2026-12-07');

const CASE = {
  de: 'Wir möchten eine Frau aus Guinea mit Duldung zur {training} ausbilden. In der Duldung steht Beschäftigung nur mit Erlaubnis der Ausländerbehörde. Eingereist März 2022, geduldet seit Januar 2023, Identität durch ihren Pass geklärt, keine Abschiebung geplant, nie Asyl beantragt.',
  en: 'We want to offer a woman from Guinea an apprenticeship as {training}. She has a Duldung, it says employment only with permission of the immigration office. Entered March 2022, tolerated since January 2023, identity clarified by her passport, no deportation planned, never applied for asylum.',
} as const;

async function verdict(lang: 'de' | 'en', training: string) {
  const conv = await conversations.create(lang);
  let turn = await conversations.post(conv.id, { text: CASE[lang].replace('{training}', training) });
  // Whatever else the rules still ask is not known: the verdict comes with what was said.
  for (let i = 0; i < 8 && turn.state.status === 'collecting'; i++)
    turn = await conversations.post(conv.id, { text: lang === 'de' ? 'weiß nicht' : "don't know" });
  return turn;
}

const shown = (turn: Awaited<ReturnType<typeof verdict>>) =>
  turn.messages
    .filter((m) => m.role === 'bot')
    .map((m) => m.text)
    .join('\n');

describe('a nursing training in conversation', () => {
  it.each([
    ['de', 'Pflegefachfrau', /Pflegeschule|Schule/],
    ['en', 'a nurse', /nursing school|school/],
  ] as const)(
    '%s: "%s" is read as a school-approved training and the step says so, not the chamber',
    async (lang, training, school) => {
      const turn = await verdict(lang, training);
      expect(turn.state.facts.job?.kind).toBe('vocational_training');
      expect(turn.state.facts.job?.trainingBody).toBe('school');
      const step = turn.state.assessment?.steps.find((s) => s.id === 'training_contract');
      expect(step?.text).toContain('§ 16 Abs. 6 PflBG');
      expect(shown(turn)).toMatch(school);
      expect(shown(turn)).not.toMatch(/Kammer eintragen|registered with the chamber/);
    },
  );

  it.each([
    ['de', 'Bäckerin', /Kammer/],
    ['en', 'a baker', /chamber/],
  ] as const)('%s: a dual training ("%s") keeps the chamber step', async (lang, training, chamber) => {
    const turn = await verdict(lang, training);
    expect(turn.state.facts.job?.kind).toBe('vocational_training');
    expect(turn.state.facts.job?.trainingBody).toBeUndefined();
    const step = turn.state.assessment?.steps.find((s) => s.id === 'training_contract');
    expect(step?.text).toMatch(chamber);
  });
});

// Session 5 (lead, item 3): a Pflegehelfer training is a helper training under Land law, not a dual training and
// not the PflBG's: the step names the school, not the chamber, and says the Land's rule is not in the knowledge base.
describe('a nursing helper training in conversation', () => {
  it.each([
    ['de', 'Pflegehelferin'],
    ['en', 'a nursing assistant'],
  ] as const)(
    '%s: "%s" is a helper training; the step is the school\'s, not the chamber\'s',
    async (lang, training) => {
      const turn = await verdict(lang, training);
      expect(turn.state.facts.job?.kind).toBe('helper_training');
      const step = turn.state.assessment?.steps.find((s) => s.id === 'training_contract');
      expect(step?.text).toContain('§ 60c Abs. 3 S. 3');
      expect(shown(turn)).toMatch(lang === 'de' ? /Schule/ : /school/);
      expect(shown(turn)).not.toMatch(/Kammer eintragen|registered with the chamber|Pflegeschule|nursing school/);
      expect(shown(turn)).toMatch(lang === 'de' ? /nicht in meiner Wissensbasis/ : /not in my knowledge base/);
    },
  );
});
