import { describe, expect, it } from 'vitest';
import { realLotse } from './real-lotse.js';

// Lead, session 4: "Sie ist seit 2019 in Deutschland." given in reply to "Welches Dokument hat die Person?" gave a
// verdict without the status ("Erlaubnis nötig … vorsichtshalber"). The rules name the status as missing; the
// question counted as asked twice because the greeting asks it before the employer has written anything, and the
// employer's opening message (the case in a sentence) is no reply to it. The status is asked once more.

const { conversations } = realLotse();

async function talk(lang: 'de' | 'en', ...texts: string[]) {
  const conv = await conversations.create(lang);
  let turn = await conversations.post(conv.id, { text: texts[0] ?? '' });
  for (const text of texts.slice(1)) turn = await conversations.post(conv.id, { text });
  return turn;
}

describe('the status question after the greeting', () => {
  it.each([
    ['de', 'Wir möchten eine Syrerin als Küchenhilfe in Vollzeit einstellen.', 'Sie ist seit 2019 in Deutschland.'],
    ['de', 'hallo, syrer, soll bei uns im lager anfangen', 'der ist 2019 gekommen'],
    ['en', 'We want to hire a Syrian woman as a kitchen helper, full time.', 'She has been in Germany since 2019.'],
  ] as const)('%s: "%s" → "%s" asks for the document again, no verdict', async (lang, opening, reply) => {
    const turn = await talk(lang, opening, reply);
    expect(turn.state.status).toBe('collecting');
    expect(turn.state.pendingQuestion?.factKey).toBe('status');
    expect(turn.state.facts.entryDate).toBe('2019');
  });

  it('still gives the cautious verdict when the document is not said after it was asked twice', async () => {
    const turn = await talk(
      'de',
      'Wir möchten eine Syrerin als Küchenhilfe in Vollzeit einstellen.',
      'Sie ist seit 2019 in Deutschland.',
      'Sie ist 30 Jahre alt.',
    );
    expect(turn.state.status).toBe('answered');
    expect(turn.state.assessment?.escalation.reasons.map((r) => r.code)).toContain('unknown_fact');
  });
});
