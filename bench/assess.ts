import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { assess } from '../src/domain/assess.js';
import type { AssessmentKnowledge } from '../src/domain/ports.js';
import { createAssessmentKnowledge } from '../src/knowledge/assessment-knowledge.js';
import { loadKnowledgeFromDir } from '../src/knowledge/load-node.js';
import { allCases } from '../test/domain/case-table.js';
import { createFakeKnowledge } from '../test/domain/fake-knowledge.js';
import { ms, percentile } from './stats.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../knowledge', import.meta.url));
const ROUNDS = 20;

/** The real knowledge base when it loads, else the plan-based fake (the engine's cost is the same). */
function knowledgeForBench(): { knowledge: AssessmentKnowledge; label: string } {
  try {
    return { knowledge: createAssessmentKnowledge(loadKnowledgeFromDir(KNOWLEDGE_DIR)), label: 'knowledge/' };
  } catch {
    return { knowledge: createFakeKnowledge(), label: 'plan-based fake knowledge' };
  }
}

/** assess() throughput and latency over the rules table (test/domain/cases), rendered in the case's language. */
export async function benchAssess(): Promise<string[]> {
  const cases = allCases();
  const { knowledge, label } = knowledgeForBench();
  const run = (c: (typeof cases)[number]) =>
    assess(c.facts, c.lawAsOf, knowledge, { unknown: c.unknown ?? [], lang: c.lang ?? 'de' });
  for (const c of cases) run(c); // warm-up: JIT and lazily built structures

  const latencies: number[] = [];
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of cases) {
      const t0 = performance.now();
      run(c);
      latencies.push(performance.now() - t0);
    }
  }
  const totalMs = performance.now() - started;
  const opsPerSecond = (latencies.length / totalMs) * 1000;
  return [
    `cases: ${cases.length} × ${ROUNDS} rounds = ${latencies.length} assessments (${label})`,
    `throughput: ${Math.round(opsPerSecond).toLocaleString('en')} ops/s`,
    `latency: p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(Math.max(...latencies))}`,
  ];
}
