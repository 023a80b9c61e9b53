/**
 * Conversation turns against the real server (child process, file SQLite), 50 concurrent full
 * conversations, with two floors measured in the same run: a bare Hono route over HTTP, and an
 * empty three-node LangGraph graph with the same SqliteSaver checkpointer (in process).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Annotation, Command, END, interrupt, START, StateGraph } from '@langchain/langgraph';
import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import { openDatabase } from '../src/storage/sqlite/open-database.js';
import { startServer } from '../test/support/server-process.js';
import { runConversation, type TurnTiming } from './conversation-driver.js';
import { ms, percentile } from './stats.js';

const CONCURRENCY = 50;

async function emptyGraphFloor(dbPath: string, conversations: number, turns: number): Promise<number[]> {
  const db = openDatabase(dbPath);
  const State = Annotation.Root({ n: Annotation<number>({ reducer: (_a, b) => b, default: () => 0 }) });
  const graph = new StateGraph(State)
    .addNode('a', (s) => ({ n: s.n + 1 }))
    .addNode('wait', () => {
      interrupt('next');
      return {};
    })
    .addNode('c', (s) => ({ n: s.n + 1 }))
    .addEdge(START, 'a')
    .addEdge('a', 'wait')
    .addEdge('wait', 'c')
    .addEdge('c', 'wait')
    .addEdge('c', END)
    .compile({ checkpointer: new SqliteSaver(db) });
  const timings: number[] = [];
  await Promise.all(
    Array.from({ length: conversations }, async (_, i) => {
      const config = { configurable: { thread_id: `floor-${i}` } };
      for (let t = 0; t < turns; t++) {
        const started = performance.now();
        await graph.invoke(t === 0 ? { n: 0 } : new Command({ resume: t }), config);
        timings.push(performance.now() - started);
      }
    }),
  );
  db.close();
  return timings;
}

export async function benchConversation(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-bench-'));
  const server = await startServer({
    LOTSE_DB_PATH: join(dir, 'bench.db'),
    LOTSE_FIXED_DATE: '2026-11-22',
    LOG_LEVEL: 'error',
  });
  try {
    const timings: TurnTiming[] = [];
    const started = performance.now();
    const turnCounts = await Promise.all(
      Array.from({ length: CONCURRENCY }, (_, i) => runConversation(server.url, i, timings)),
    );
    const seconds = (performance.now() - started) / 1000;
    const turnMs = timings.map((t) => t.ms);
    const failures = timings.filter((t) => t.status >= 500).length;

    const bare: number[] = [];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let i = 0; i < 10; i++) {
          const t0 = performance.now();
          await (await fetch(`${server.url}/healthz`)).arrayBuffer();
          bare.push(performance.now() - t0);
        }
      }),
    );
    const avgTurns = turnCounts.reduce((a, b) => a + b, 0) / turnCounts.length;
    const floor = await emptyGraphFloor(join(dir, 'floor.db'), CONCURRENCY, Math.round(avgTurns));
    const p50 = percentile(turnMs, 50);
    return [
      `conversations: ${CONCURRENCY} concurrent, ${timings.length} turns (avg ${avgTurns.toFixed(1)} per conversation), 5xx: ${failures}`,
      `turn latency: p50 ${ms(p50)}, p95 ${ms(percentile(turnMs, 95))}, p99 ${ms(percentile(turnMs, 99))}; throughput ${(timings.length / seconds).toFixed(1)} turns/s`,
      `floor, bare Hono route over HTTP: p50 ${ms(percentile(bare, 50))}, p99 ${ms(percentile(bare, 99))}`,
      `floor, empty 3-node LangGraph + SqliteSaver (in process, same concurrency): p50 ${ms(percentile(floor, 50))}, p99 ${ms(percentile(floor, 99))}`,
      `ratio turn p50 / bare route p50: ${(p50 / percentile(bare, 50)).toFixed(1)}x; turn p50 / empty graph p50: ${(p50 / percentile(floor, 50)).toFixed(1)}x`,
    ];
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
