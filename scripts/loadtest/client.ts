/**
 * One simulated employer for the load test: opens a conversation and sends `turns` messages, each
 * with a clientMessageId. A request that dies with the server is retried, unchanged, once the
 * server answers again, which is exactly what the widget does after a reload.
 */

export interface Message {
  id: string;
  role: string;
}
interface TurnBody {
  id?: string;
  messages: Message[];
  state: { status: string; pendingQuestion?: { factKey: string; options: Array<{ value: string }> } };
}

export interface Target {
  /** The server's current base URL (it changes when the server is restarted on a new port). */
  url(): string;
  /** Resolves once the server answers again after a crash. */
  whenUp(): Promise<void>;
}

export interface ConversationRecord {
  id: string;
  /** Messages the server acknowledged, in order: the greeting, then each turn's answer. */
  acknowledged: Message[][];
  /** Acknowledged employer turns. */
  turns: number;
}

export interface Counters {
  statuses: Map<number, number>;
  latencies: number[];
  retriedAfterCrash: number;
  duplicatesSent: number;
  duplicateMismatches: number;
  errors: string[];
}

export const newCounters = (): Counters => ({
  statuses: new Map(),
  latencies: [],
  retriedAfterCrash: 0,
  duplicatesSent: 0,
  duplicateMismatches: 0,
  errors: [],
});

const OPENERS = [
  'Bäckerei in Dresden, wir wollen einen Tunesier mit Duldung als Helfer einstellen, 30 Stunden',
  'Mann aus Afghanistan, seit 2019 in Deutschland, Duldung, Beschäftigung nur mit Erlaubnis der ABH, Ausbildung zum Koch',
  'We want to hire a tolerated person from Georgia as a warehouse helper',
  'Frau aus Syrien mit Aufenthaltsgestattung, Minijob im Café',
];
const FOLLOW_UPS = [
  'Was muss ich aufbewahren?',
  'Welche Fristen muss ich beachten?',
  'Brauche ich die Zustimmung der Bundesagentur für Arbeit?',
  'Was passiert, wenn die Duldung abläuft?',
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function send(target: Target, counters: Counters, method: string, path: string, body?: unknown) {
  for (let attempt = 0; ; attempt++) {
    const started = performance.now();
    try {
      const res = await fetch(`${target.url()}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(180_000),
      });
      const json = (await res.json()) as TurnBody;
      counters.latencies.push(performance.now() - started);
      counters.statuses.set(res.status, (counters.statuses.get(res.status) ?? 0) + 1);
      return { status: res.status, json };
    } catch (error) {
      // The connection died with the server: wait for it and send the very same request again.
      if (attempt >= 5) throw error;
      counters.retriedAfterCrash++;
      await target.whenUp();
      await sleep(10);
    }
  }
}

function nextInput(index: number, turn: number, state: TurnBody['state']) {
  if (turn === 0) return { text: OPENERS[index % OPENERS.length] };
  const q = state.pendingQuestion;
  if (state.status === 'collecting' && q) {
    const real = q.options.filter((o) => o.value !== 'unknown' && o.value !== 'handoff');
    const value = (real[(index + turn) % Math.max(real.length, 1)] ?? q.options[0])?.value ?? 'unknown';
    return { choice: { factKey: q.factKey, value } };
  }
  return { text: FOLLOW_UPS[(index + turn) % FOLLOW_UPS.length] };
}

/** Runs one conversation; `shouldDuplicate` picks turns that are sent twice at once (a double click). */
export async function runEmployer(
  target: Target,
  counters: Counters,
  index: number,
  turns: number,
  shouldDuplicate: (turn: number) => boolean,
  onTurn: () => void = () => {},
): Promise<ConversationRecord | undefined> {
  const created = await send(target, counters, 'POST', '/api/v1/conversations', {
    lang: index % 4 === 2 ? 'en' : 'de',
  });
  if (created.status !== 201 || !created.json.id) {
    counters.errors.push(`create: HTTP ${created.status}`);
    return undefined;
  }
  const record: ConversationRecord = { id: created.json.id, acknowledged: [created.json.messages], turns: 0 };
  let state = created.json.state;
  for (let turn = 0; turn < turns && state.status !== 'closed'; turn++) {
    const body = { ...nextInput(index, turn, state), clientMessageId: `lt-${index}-${turn}` };
    const path = `/api/v1/conversations/${record.id}/messages`;
    const twice = shouldDuplicate(turn);
    const [first, second] = await Promise.all([
      send(target, counters, 'POST', path, body),
      twice ? send(target, counters, 'POST', path, body) : undefined,
    ]);
    if (twice) counters.duplicatesSent++;
    if (first.status !== 200) {
      counters.errors.push(`conversation ${index} turn ${turn}: HTTP ${first.status}`);
      return record;
    }
    if (second && JSON.stringify(second.json.messages) !== JSON.stringify(first.json.messages))
      counters.duplicateMismatches++;
    record.acknowledged.push(first.json.messages);
    record.turns++;
    state = first.json.state;
    onTurn();
  }
  return record;
}
