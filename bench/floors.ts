/**
 * The two floors a conversation turn is compared with, measured the same way as the turns:
 * a bare Hono route over HTTP, and an empty three-node LangGraph graph (interrupt per turn)
 * with the same SqliteSaver checkpointer on a file and the same durability, in process.
 */
import { Annotation, Command, interrupt, START, StateGraph } from '@langchain/langgraph';
import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import { openDatabase } from '../src/storage/sqlite/open-database.js';

export interface Sample {
  latencies: number[];
  seconds: number;
}

/** Runs `conversations` workers at a time; each performs `turns` timed operations. */
export async function measure(
  conversations: number,
  concurrency: number,
  turns: number,
  op: (conversation: number, turn: number) => Promise<unknown>,
): Promise<Sample> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let c = next++; c < conversations; c = next++) {
        for (let t = 0; t < turns; t++) {
          const t0 = performance.now();
          await op(c, t);
          latencies.push(performance.now() - t0);
        }
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

export function emptyGraph(dbPath: string) {
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
    .compile({ checkpointer: new SqliteSaver(db) })
    // The same durability as the conversation graph (src/core.ts), so the floor is a fair one.
    .withConfig({ durability: 'exit' });
  const turn = (conversation: number, t: number) =>
    graph.invoke(t === 0 ? { n: 0 } : new Command({ resume: t }), {
      configurable: { thread_id: `floor-${conversation}` },
    });
  return { turn, close: () => db.close() };
}

export const bareRoute = (url: string) => async () => {
  await (await fetch(`${url}/healthz`)).arrayBuffer();
};
