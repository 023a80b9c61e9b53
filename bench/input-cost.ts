/**
 * What the worst input costs compared with an ordinary one of the same length (issue 15.1): a
 * 500-character search query (the search API's limit) and a 2,000-character message (every
 * channel's limit). The shapes are those of test/hardening/input-cost.test.ts, which counts the
 * work instead of timing it. Target: every ratio ≤ 5.
 *
 * Every round measures every input once, interleaved, so that all see the same background load on
 * a shared machine; each input's figure is its median over the rounds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { tokenize } from '../src/knowledge/analyse-text.js';
import { loadKnowledgeFromDir } from '../src/knowledge/load-node.js';
import { createKnowledgeSearch } from '../src/knowledge/search.js';
import { costlyInputs, ordinaryMessage, ordinaryQuery } from '../test/hardening/support/costly-inputs.js';
import { startServer } from '../test/support/server-process.js';
import { UNLIMITED } from './conversation.js';
import { ms, percentile } from './stats.js';

const QUERY_LENGTH = 500;
const MESSAGE_LENGTH = 2000;
const SEARCH_ROUNDS = 15;
const MESSAGE_ROUNDS = 7;
const TARGET = 5;

interface Input {
  name: string;
  text: (round: number) => string;
}

/** Ordinary first (a different stretch of real text each round), then the costly shapes. */
function inputs(length: number, ordinary: (length: number, offset: number) => string, words: string[]): Input[] {
  return [
    { name: 'ordinary', text: (round) => ordinary(length, round * 13) },
    ...costlyInputs(length, words).map(({ name, text }) => ({ name, text: () => text })),
  ];
}

/** `prepare` runs before the clock starts (a fresh conversation for a message); only `run` is timed. */
async function rounds<P>(
  list: Input[],
  count: number,
  prepare: () => Promise<P>,
  run: (prepared: P, text: string) => Promise<unknown>,
) {
  const times = new Map(list.map((i) => [i.name, [] as number[]]));
  // Round -1 warms up (JIT, prepared statements) and is not counted.
  for (let round = -1; round < count; round++) {
    for (const input of list) {
      const text = input.text(Math.max(round, 0));
      const prepared = await prepare();
      const started = performance.now();
      await run(prepared, text);
      if (round >= 0) times.get(input.name)?.push(performance.now() - started);
    }
  }
  return new Map([...times].map(([name, sample]) => [name, percentile(sample, 50)]));
}

function report(what: string, medians: Map<string, number>): string[] {
  const ordinary = medians.get('ordinary') ?? Number.NaN;
  const costly = [...medians].filter(([name]) => name !== 'ordinary');
  const worst = costly.reduce((a, b) => (b[1] > a[1] ? b : a));
  return [
    `${what}: ordinary ${ms(ordinary)} (median)`,
    ...costly.map(([name, median]) => `  ${name}: ${ms(median)}, ${(median / ordinary).toFixed(2)}x`),
    `${what}: worst ${(worst[1] / ordinary).toFixed(2)}x an ordinary one (${worst[0]}); target ≤ ${TARGET}x`,
  ];
}

interface TurnBody {
  id: string;
  state: { status: string; pendingQuestion?: { factKey: string; options: Array<{ value: string }> } };
}

/** A fresh conversation with its answer given, so that free text is searched as a follow-up question. */
async function answeredConversation(url: string, n: number): Promise<string> {
  const post = async (path: string, body: unknown) =>
    (await (
      await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    ).json()) as TurnBody;
  const { id } = await post('/api/v1/conversations', { lang: 'de' });
  let { state } = await post(`/api/v1/conversations/${id}/messages`, {
    text: 'Bäckerei in Dresden, Mann aus Tunesien, seit 14 Monaten geduldet, Beschäftigung nur mit Erlaubnis der ABH, Helfer 30 Stunden',
  });
  for (let turn = 0; state.status === 'collecting' && state.pendingQuestion && turn < 12; turn++) {
    const q = state.pendingQuestion;
    const real = q.options.filter((o) => o.value !== 'unknown');
    const value = (real[(n + turn) % Math.max(real.length, 1)] ?? q.options[0])?.value ?? 'unknown';
    ({ state } = await post(`/api/v1/conversations/${id}/messages`, { choice: { factKey: q.factKey, value } }));
  }
  if (state.status !== 'answered') throw new Error(`bench conversation ended ${state.status}, not answered`);
  return id;
}

export async function benchInputCost(): Promise<string[]> {
  const entries = loadKnowledgeFromDir(resolve('knowledge'));
  const words = entries.filter((e) => e.lang === 'de').flatMap((e) => tokenize(`${e.title} ${e.body}`));

  // The knowledge search in process: nothing but the analysis and the index lookup is timed.
  const search = createKnowledgeSearch(entries);
  const searchMedians = await rounds(
    inputs(QUERY_LENGTH, ordinaryQuery, words),
    SEARCH_ROUNDS,
    async () => undefined,
    async (_none, q) => search.search(q, { lang: 'de', limit: 5 }),
  );

  // A whole turn on the real server: HTTP, NLU, graph, rules or follow-up search, SQLite.
  const dir = mkdtempSync(join(tmpdir(), 'lotse-bench-input-'));
  const server = await startServer({
    LOTSE_DB_PATH: join(dir, 'bench.db'),
    LOTSE_FIXED_DATE: '2026-11-22',
    LOG_LEVEL: 'error',
    ...UNLIMITED,
  });
  let conversations = 0;
  try {
    const messageMedians = await rounds(
      inputs(MESSAGE_LENGTH, ordinaryMessage, words),
      MESSAGE_ROUNDS,
      () => answeredConversation(server.url, conversations++),
      async (id, text) => {
        const res = await fetch(`${server.url}/api/v1/conversations/${id}/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text }),
        });
        if (res.status !== 200) throw new Error(`message turn answered ${res.status}`);
        await res.arrayBuffer();
      },
    );
    return [
      ...report(`search query of ${QUERY_LENGTH} characters (in process)`, searchMedians),
      ...report(`message of ${MESSAGE_LENGTH} characters after the answer (turn on the real server)`, messageMedians),
    ];
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
