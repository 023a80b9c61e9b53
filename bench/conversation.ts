/**
 * Conversation turns against the real server (child process, file SQLite): one employer at a time
 * (what a turn costs) and 50 at once (throughput and how evenly the wait is shared), with both floors
 * measured in the same run the same way: a bare Hono route over HTTP, and an empty LangGraph graph
 * with the same SqliteSaver. The 50-at-once phase runs against two servers in alternating rounds:
 * the default (fair queue) and FAIR_QUEUE=off (Node's own order, the state before it), so before and
 * after come from the same run under the same background load.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../test/support/server-process.js';
import { runConversation, type TurnTiming } from './conversation-driver.js';
import { bareRoute, emptyGraph, measure } from './floors.js';
import { ms, percentile } from './stats.js';

const CONCURRENCY = 50;
/** Rounds of the 50-at-once phase per server, alternating (the machine's load drifts). */
const ROUNDS = 3;
const SEQUENTIAL_CONVERSATIONS = 20;
/** Loopback load from the same two cores: the limits are for the public, not for the bench. */
export const UNLIMITED = {
  RATE_LIMIT_PER_CLIENT: '0',
  RATE_LIMIT_PER_CONVERSATION: '0',
  HANDOFF_LIMIT_PER_CLIENT: '0',
};

const summary = (latencies: number[]) =>
  `p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}`;
const mean = (latencies: number[]) => latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length);

async function turns(url: string, conversations: number, concurrency: number, offset: number) {
  const timings: TurnTiming[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < conversations; i = next++) await runConversation(url, offset + i, timings);
    }),
  );
  return { timings, seconds: (performance.now() - started) / 1000 };
}

const WARM_UP_CONVERSATIONS = 20;

/** The 50-at-once rounds of one server, pooled: latencies, throughput over all rounds, and each round's. */
function pooled(rounds: Array<{ timings: TurnTiming[]; seconds: number }>) {
  const latencies = rounds.flatMap((r) => r.timings.map((t) => t.ms));
  const seconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
  return {
    latencies,
    timings: rounds.flatMap((r) => r.timings),
    throughput: latencies.length / seconds,
    perRound: rounds.map((r) => (r.timings.length / r.seconds).toFixed(1)).join(' / '),
    ratio: percentile(latencies, 95) / percentile(latencies, 50),
    ratio99: percentile(latencies, 99) / percentile(latencies, 50),
  };
}

export async function benchConversation(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-bench-'));
  const start = (name: string, fair: 'on' | 'off') =>
    startServer({
      LOTSE_DB_PATH: join(dir, `${name}.db`),
      LOTSE_FIXED_DATE: '2026-11-22',
      LOG_LEVEL: 'error',
      FAIR_QUEUE: fair,
      ...UNLIMITED,
    });
  const server = await start('bench', 'on');
  const unfair = await start('before', 'off');
  const floor = emptyGraph(join(dir, 'floor.db'));
  try {
    // Warm all to steady state before measuring, as a server that has run a while is: JIT,
    // prepared statements, the knowledge index. The server has far more code to warm than the floor.
    await turns(server.url, WARM_UP_CONVERSATIONS, 1, 1000);
    await turns(unfair.url, WARM_UP_CONVERSATIONS, 1, 1000);
    await measure(WARM_UP_CONVERSATIONS, 1, 10, floor.turn);
    // One at a time, interleaved (a conversation, then the same number of floor turns, then bare
    // requests), so that both see the same background load on a shared machine.
    const seq = { timings: [] as TurnTiming[] };
    const graphSeq = { latencies: [] as number[] };
    const bareSeq = { latencies: [] as number[] };
    for (let i = 0; i < SEQUENTIAL_CONVERSATIONS; i++) {
      const before = seq.timings.length;
      seq.timings.push(...(await turns(server.url, 1, 1, i)).timings);
      const n = seq.timings.length - before;
      graphSeq.latencies.push(...(await measure(1, 1, n, (_c, t) => floor.turn(10_000 + i, t))).latencies);
      bareSeq.latencies.push(...(await measure(1, 1, n, bareRoute(server.url))).latencies);
    }
    // 50 employers arrive at once (each creates a conversation, then talks it through), in rounds
    // alternating between the server without and with the fair queue.
    const fairRounds: Array<Awaited<ReturnType<typeof turns>>> = [];
    const unfairRounds: Array<Awaited<ReturnType<typeof turns>>> = [];
    for (let round = 0; round < ROUNDS; round++) {
      const offset = 100 + round * CONCURRENCY;
      unfairRounds.push(await turns(unfair.url, CONCURRENCY, CONCURRENCY, offset));
      fairRounds.push(await turns(server.url, CONCURRENCY, CONCURRENCY, offset));
    }
    const conc = pooled(fairRounds);
    const before = pooled(unfairRounds);
    const avgTurns = Math.round(conc.latencies.length / (CONCURRENCY * ROUNDS));
    const bareConc = await measure(CONCURRENCY, CONCURRENCY, avgTurns, bareRoute(server.url));
    const graphConc = await measure(CONCURRENCY, CONCURRENCY, avgTurns, (c, t) => floor.turn(20_000 + c, t));

    const seqMs = seq.timings.map((t) => t.ms);
    const concMs = conc.latencies;
    const failures = [...seq.timings, ...conc.timings].filter((t) => t.status >= 500).length;
    const beforeFailures = before.timings.filter((t) => t.status >= 500).length;
    const tput = (n: number, s: number) => n / s;
    const turnTput = conc.throughput;
    const graphTput = tput(graphConc.latencies.length, graphConc.seconds);
    const p50 = percentile(seqMs, 50);
    const graphP50 = percentile(graphSeq.latencies, 50);
    const bareP50 = percentile(bareSeq.latencies, 50);
    return [
      `one employer at a time: ${seqMs.length} turns in ${SEQUENTIAL_CONVERSATIONS} conversations; turn latency ${summary(seqMs)}`,
      `${CONCURRENCY} concurrent (fair queue, the default): ${concMs.length} turns in ${ROUNDS} rounds (avg ${avgTurns} per conversation), ${turnTput.toFixed(1)} turns/s (rounds ${conc.perRound}); latency ${summary(concMs)}; 5xx: ${failures}`,
      `${CONCURRENCY} concurrent, before (FAIR_QUEUE=off, alternating rounds): ${before.latencies.length} turns, ${before.throughput.toFixed(1)} turns/s (rounds ${before.perRound}); latency ${summary(before.latencies)}; 5xx: ${beforeFailures}`,
      // With every employer waiting for each answer, the mean is fixed by the throughput (Little's
      // law); what a server decides is how evenly the wait is shared: p95 against p50.
      `fairness at ${CONCURRENCY} concurrent: p95 ${conc.ratio.toFixed(1)}x p50 (target ≤ 5x; before ${before.ratio.toFixed(1)}x), p99 ${conc.ratio99.toFixed(1)}x (before ${before.ratio99.toFixed(1)}x); mean ${ms(mean(concMs))} (before ${ms(mean(before.latencies))}); throughput ${(turnTput / before.throughput).toFixed(2)}x before's (target ≥ 1)`,
      `floor, bare Hono route over HTTP: one at a time ${summary(bareSeq.latencies)}; ${CONCURRENCY} concurrent ${tput(bareConc.latencies.length, bareConc.seconds).toFixed(0)} req/s`,
      `floor, empty 3-node LangGraph + SqliteSaver on a file (in process): one at a time ${summary(graphSeq.latencies)}; ${CONCURRENCY} concurrent ${graphTput.toFixed(1)} turns/s`,
      `cost of a turn: p50 ${(p50 / bareP50).toFixed(1)}x the bare route, ${(p50 / graphP50).toFixed(1)}x the empty graph (target ≤ 3x), ${((p50 - bareP50) / graphP50).toFixed(1)}x without the HTTP floor; throughput ${(graphTput / turnTput).toFixed(1)}x below the empty graph`,
    ];
  } finally {
    floor.close();
    await Promise.all([server.stop(), unfair.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
}
