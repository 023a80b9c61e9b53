import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/index.js';

const eventOf = (text: string, lang: 'de' | 'en') => understand(text, { lang, today: '2026-12-07' }).patch.event;

// Review S6-4: a trainee who stays away is a training no longer pursued (§ 60c Abs. 5, § 16g Abs. 4 AufenthG:
// "nicht betrieben oder abgebrochen"), so the notice flow follows, not a hiring intake.
describe('a trainee who no longer comes', () => {
  it.each([
    ['Unser Azubi mit Ausbildungsduldung ist seit 3 Wochen nicht mehr gekommen, geht auch nicht ans Handy.', 'de'],
    ['unsere auszubildende erscheint seit letztem Montag nicht mehr in der Berufsschule und im Betrieb', 'de'],
    ['der Lehrling taucht seit zwei Wochen nicht mehr auf', 'de'],
    ['Our apprentice stopped showing up two weeks ago, do I have to report that?', 'en'],
    ["the trainee hasn't turned up for three weeks", 'en'],
  ] as const)('%s → the training ends early', (text, lang) => {
    expect(eventOf(text, lang)).toBe('training_ends_early');
  });

  it.each([
    ['Der Kandidat kommt für uns nicht mehr in Frage, er macht eine Ausbildung woanders', 'de'],
    ['Unser Koch kommt seit einer Woche nicht mehr', 'de'],
    ['Wir wollen ihn als Azubi einstellen, er ist 2019 gekommen', 'de'],
    ['wenn der Azubi nicht mehr kommt, muss ich das melden?', 'de'],
    ['What if our apprentice stops showing up?', 'en'],
  ] as const)('%s → no ending (not a trainee, not a no-show, or a hypothesis)', (text, lang) => {
    expect(eventOf(text, lang)).toBeUndefined();
  });
});
