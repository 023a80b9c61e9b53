/**
 * Cold start: how long a fresh process (Node) or a fresh isolate (the Worker in workerd, as
 * `wrangler dev` runs it) takes to answer its first knowledge search, in CPU time (measured from the
 * process's scheduler statistics, so a busy machine stretches the wall clock but not the figure)
 * and wall time. The Worker loads the search index serialised at build time; Node builds it from
 * knowledge/ at start. Target: the Worker's first search under 100 ms of CPU, its bundle ≤ 1 MiB gzipped.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildInbox } from '../scripts/build-inbox.js';
import { buildKnowledgeBundle } from '../scripts/build-knowledge-bundle.js';
import { buildWidget } from '../scripts/build-widget.js';
import { buildWorker, kib, LIMIT_BYTES } from '../scripts/build-worker.js';
import { loadKnowledgeFromDir } from '../src/knowledge/load-node.js';
import { createKnowledgeSearch, serialiseKnowledgeSearch } from '../src/knowledge/search.js';
import { startWorkerDev } from '../test/edge/support/worker-dev.js';
import { startServer } from '../test/support/server-process.js';
import { UNLIMITED } from './conversation.js';
import { ms } from './stats.js';

const SEARCH = '/api/v1/knowledge/search?q=Zeitarbeit%20mit%20Duldung&lang=de';
const WORKER_TARGET_MS = 100;

/** CPU time processes have used so far, all threads (Linux schedstat: nanoseconds on a CPU). */
function cpuMs(pids: readonly number[]): number {
  let ns = 0;
  for (const pid of pids)
    for (const task of readdirSync(`/proc/${pid}/task`))
      ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
  return ns / 1e6;
}

/** One request's wall time and the CPU the serving processes spent meanwhile. */
async function timed(url: string, pids: readonly number[]) {
  const cpu = cpuMs(pids);
  const started = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return { wall: performance.now() - started, cpu: cpuMs(pids) - cpu };
}

const cpuNow = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** The search index built from the entries (Node's start) against loading the serialised one (the Worker's). */
function indexInProcess(): string {
  const entries = loadKnowledgeFromDir('knowledge');
  let t = cpuNow();
  createKnowledgeSearch(entries);
  const build = cpuNow() - t;
  const serialised = serialiseKnowledgeSearch(entries);
  t = cpuNow();
  // Loaded on a language's first search: both languages, each with its first query.
  const loaded = createKnowledgeSearch(entries, serialised);
  loaded.search('Zeitarbeit mit Duldung', { lang: 'de' });
  loaded.search('agency work with a Duldung', { lang: 'en' });
  const load = cpuNow() - t;
  return `search index in process: built from ${entries.length} entries ${ms(build)} CPU; loaded from its serialised form and searched once per language ${ms(load)} CPU`;
}

async function nodeColdStart(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-cold-'));
  const started = performance.now();
  const server = await startServer({ LOTSE_DB_PATH: join(dir, 'cold.db'), LOG_LEVEL: 'error', ...UNLIMITED });
  try {
    const pid = [server.child.pid as number];
    const ready = performance.now() - started;
    const startCpu = cpuMs(pid);
    const first = await timed(`${server.url}${SEARCH}`, pid);
    const second = await timed(`${server.url}${SEARCH}`, pid);
    return `Node (npm start: tsx, index built at start): ready after ${ms(ready)} wall, ${ms(startCpu)} CPU; first search ${ms(first.cpu)} CPU (${ms(first.wall)} wall), second ${ms(second.cpu)} CPU`;
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function workerColdStart(): Promise<string> {
  const started = performance.now();
  const worker = await startWorkerDev({}, { untouched: true });
  try {
    const pid = worker.workerdPids();
    if (pid.length === 0) throw new Error('workerd not found under wrangler');
    const ready = performance.now() - started;
    const bootCpu = cpuMs(pid);
    const first = await timed(`${worker.url}${SEARCH}`, pid);
    const second = await timed(`${worker.url}${SEARCH}`, pid);
    const verdict = first.cpu <= WORKER_TARGET_MS ? 'within' : 'OVER';
    return [
      `Worker (wrangler dev, workerd): ready after ${ms(ready)} wall (bundling included), workerd ${ms(bootCpu)} CPU to boot and load the bundle;`,
      `  first search of the fresh isolate ${ms(first.cpu)} CPU (${ms(first.wall)} wall; ${verdict} the ${WORKER_TARGET_MS} ms target), second ${ms(second.cpu)} CPU`,
    ].join('\n');
  } finally {
    await worker.stop();
  }
}

export async function benchColdStart(): Promise<string[]> {
  buildKnowledgeBundle();
  await Promise.all([buildWidget(), buildInbox()]);
  const { bytes, gzipped } = buildWorker('ignore');
  const size = `Worker bundle: ${kib(bytes)}, ${kib(gzipped)} gzipped (limit ${kib(LIMIT_BYTES)}${gzipped > LIMIT_BYTES ? ', OVER' : ''})`;
  return [size, indexInProcess(), await nodeColdStart(), await workerColdStart()];
}
