/**
 * `npm run loadtest`: load and faults against the real server on loopback, bounded in time.
 *
 * 1. load: 200 employers at once × 10 turns (5 % of turns double-clicked), while a second writer
 *    keeps taking SQLite's write lock; then every transcript is checked message by message.
 * 2. crash: the same again, `kill -9` of the server half-way, a restart on the same file, and every
 *    employer carries on from where it was; then every transcript is checked again.
 * Exits 1 when a message was lost or duplicated, a 5xx was answered, or a phase ran out of time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ms, percentile } from '../bench/stats.js';
import { type ConversationRecord, type Counters, newCounters, runEmployer, type Target } from './loadtest/client.js';
import { holdWriteLock } from './loadtest/lock-holder.js';
import { type LoadServer, startLoadServer } from './loadtest/server.js';
import { type Verdict, verifyTranscripts } from './loadtest/verify.js';

const CONVERSATIONS = Number(process.env.LOADTEST_CONVERSATIONS ?? 200);
const TURNS = Number(process.env.LOADTEST_TURNS ?? 10);
const PHASE_LIMIT_MS = 8 * 60_000;

/** One address sends everything here, so the per-client limits are off; the per-conversation one stays. */
const serverEnv = (dbPath: string) => ({
  LOTSE_DB_PATH: dbPath,
  LOTSE_FIXED_DATE: '2026-11-22',
  RATE_LIMIT_PER_CLIENT: '0',
  HANDOFF_LIMIT_PER_CLIENT: '0',
});

const duplicateEvery20th = (index: number) => (turn: number) => (index * 7 + turn) % 20 === 0;

function withDeadline<T>(work: Promise<T>, label: string): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`${label} did not finish in ${PHASE_LIMIT_MS / 1000} s`)),
        PHASE_LIMIT_MS,
      ).unref(),
    ),
  ]);
}

function report(
  title: string,
  counters: Counters,
  verdict: Verdict,
  seconds: number,
  extra: string[],
  serverErrors: string[],
): boolean {
  const statuses = [...counters.statuses.entries()].sort(([a], [b]) => a - b);
  const fiveXx = statuses.filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  const requests = counters.latencies.length;
  const ok =
    fiveXx === 0 &&
    counters.errors.length === 0 &&
    counters.duplicateMismatches === 0 &&
    verdict.lostMessages +
      verdict.duplicatedMessages +
      verdict.outOfOrder +
      verdict.employerMismatches +
      verdict.unreadable ===
      0;
  console.log(`\n## ${title}: ${ok ? 'PASS' : 'FAIL'}`);
  console.log(
    `requests: ${requests} in ${seconds.toFixed(1)} s (${(requests / seconds).toFixed(1)}/s); statuses ${statuses.map(([s, c]) => `${s}×${c}`).join(', ')}; 5xx: ${fiveXx}`,
  );
  console.log(
    `latency: p50 ${ms(percentile(counters.latencies, 50))}, p95 ${ms(percentile(counters.latencies, 95))}, p99 ${ms(percentile(counters.latencies, 99))}`,
  );
  console.log(
    `conversations checked: ${verdict.conversations}; messages lost: ${verdict.lostMessages}, duplicated: ${verdict.duplicatedMessages}, out of order: ${verdict.outOfOrder}; employer-turn mismatches: ${verdict.employerMismatches}; unreadable: ${verdict.unreadable}`,
  );
  console.log(`double clicks sent: ${counters.duplicatesSent}, answered differently: ${counters.duplicateMismatches}`);
  for (const line of extra) console.log(line);
  for (const error of counters.errors.slice(0, 10)) console.log(`  error: ${error}`);
  for (const line of serverErrors.slice(0, 5)) console.log(`  server log: ${line.slice(0, 600)}`);
  return ok;
}

async function runPhase(
  target: Target,
  counters: Counters,
  onTurn: () => void,
): Promise<{ records: ConversationRecord[]; seconds: number }> {
  const started = performance.now();
  const records = await Promise.all(
    Array.from({ length: CONVERSATIONS }, (_, i) =>
      runEmployer(target, counters, i, TURNS, duplicateEvery20th(i), onTurn).catch((error: unknown) => {
        counters.errors.push(`conversation ${i}: ${String(error)}`);
        return undefined;
      }),
    ),
  );
  return { records: records.filter((r) => r !== undefined), seconds: (performance.now() - started) / 1000 };
}

const fixedTarget = (server: LoadServer): Target => ({ url: () => server.url, whenUp: async () => {} });

async function loadPhase(dir: string): Promise<boolean> {
  const dbPath = join(dir, 'load.db');
  const server = await startLoadServer(serverEnv(dbPath));
  try {
    const counters = newCounters();
    const lock = holdWriteLock(dbPath, 4, 1500, 2000);
    const { records, seconds } = await withDeadline(
      runPhase(fixedTarget(server), counters, () => {}),
      'load phase',
    );
    const held = await lock;
    const verdict = await verifyTranscripts(server.url, records);
    return report(
      `load: ${CONVERSATIONS} concurrent conversations × ${TURNS} turns`,
      counters,
      verdict,
      seconds,
      [
        `turns acknowledged: ${records.reduce((n, r) => n + r.turns, 0)}; SQLite write lock held by a second writer ${held}× for 1.5 s meanwhile`,
      ],
      server.errors,
    );
  } finally {
    await server.stop();
  }
}

async function crashPhase(dir: string): Promise<boolean> {
  const env = serverEnv(join(dir, 'crash.db'));
  const serverErrors: string[] = [];
  let server = await startLoadServer(env, serverErrors);
  let restarting: Promise<void> | undefined;
  let restartMs = 0;
  const target: Target = { url: () => server.url, whenUp: async () => restarting };
  const counters = newCounters();
  let acknowledged = 0;
  const killAt = Math.floor((CONVERSATIONS * TURNS) / 2);
  const onTurn = () => {
    if (++acknowledged !== killAt) return;
    restarting = (async () => {
      const t0 = performance.now();
      await server.stop('SIGKILL');
      server = await startLoadServer(env, serverErrors);
      restartMs = performance.now() - t0;
    })();
  };
  try {
    const { records, seconds } = await withDeadline(runPhase(target, counters, onTurn), 'crash phase');
    await restarting;
    const verdict = await verifyTranscripts(server.url, records);
    const continued = records.filter((r) => r.turns === TURNS).length;
    return (
      report(
        `crash: kill -9 after ${killAt} acknowledged turns, restart, carry on`,
        counters,
        verdict,
        seconds,
        [
          `server killed: ${restarting ? 'yes' : 'no'}; back after ${ms(restartMs)}; requests resent after the crash: ${counters.retriedAfterCrash}`,
          `conversations that reached all ${TURNS} turns: ${continued} of ${records.length}`,
        ],
        serverErrors,
      ) &&
      restarting !== undefined &&
      continued === records.length
    );
  } finally {
    await server.stop();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'lotse-loadtest-'));
let passed = false;
try {
  console.log(`Lotse load test: ${CONVERSATIONS} conversations × ${TURNS} turns per phase, server on loopback`);
  const load = await loadPhase(dir);
  const crash = await crashPhase(dir);
  passed = load && crash;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\n${passed ? 'PASS' : 'FAIL'}`);
process.exit(passed ? 0 : 1);
