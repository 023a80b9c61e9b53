/** Drives one whole employer conversation over HTTP: free text first, then clicks until answered. */

export interface TurnTiming {
  ms: number;
  status: number;
}

interface QuickReply {
  value: string;
}
interface TurnBody {
  id?: string;
  state: { status: string; pendingQuestion?: { factKey: string; options: QuickReply[] } };
}

const OPENERS = [
  'Bäckerei in Dresden, wir wollen einen Tunesier mit Duldung als Helfer einstellen, 30 Stunden',
  'Mann aus Afghanistan, seit 2019 in Deutschland, Duldung, Beschäftigung nur mit Erlaubnis der ABH, Ausbildung zum Koch',
  'We want to hire a tolerated person from Georgia as a warehouse helper',
  'Frau aus Syrien mit Aufenthaltsgestattung, Minijob im Café',
];

/** Picks an answer that moves the case on: a real value where offered, else "unknown". */
function pick(options: QuickReply[], turn: number): string {
  const real = options.filter((o) => o.value !== 'unknown');
  return (real[turn % Math.max(real.length, 1)] ?? options[0])?.value ?? 'unknown';
}

export async function runConversation(
  baseUrl: string,
  index: number,
  timings: TurnTiming[],
  maxTurns = 10,
): Promise<number> {
  const post = async (path: string, body: unknown) => {
    const started = performance.now();
    const res = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as TurnBody;
    timings.push({ ms: performance.now() - started, status: res.status });
    return json;
  };
  const created = await post('/api/v1/conversations', { lang: index % 4 === 2 ? 'en' : 'de' });
  const id = created.id;
  if (!id) throw new Error('conversation was not created');
  let state = (
    await post(`/api/v1/conversations/${id}/messages`, {
      text: OPENERS[index % OPENERS.length],
      clientMessageId: `b-${index}-0`,
    })
  ).state;
  let turns = 2;
  for (let turn = 1; turns < maxTurns && state.status === 'collecting' && state.pendingQuestion; turn++, turns++) {
    const q = state.pendingQuestion;
    state = (
      await post(`/api/v1/conversations/${id}/messages`, {
        choice: { factKey: q.factKey, value: pick(q.options, index + turn) },
        clientMessageId: `b-${index}-${turn}`,
      })
    ).state;
  }
  if (turns < maxTurns) {
    await post(`/api/v1/conversations/${id}/messages`, {
      text: 'Was muss ich aufbewahren?',
      clientMessageId: `b-${index}-f`,
    });
    turns++;
  }
  return turns;
}
