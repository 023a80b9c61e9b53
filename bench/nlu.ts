import { performance } from 'node:perf_hooks';
import { understand } from '../src/nlu/index.js';
import { factsOf, scoreFacts } from '../src/nlu/metrics.js';
import { loadUtterances } from '../test/nlu/dataset.js';

const LONG_MESSAGE = 4000;

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Fact-level quality of the free-text NLU on the labelled set, and the latency of one understand() call. */
export async function benchNlu(): Promise<string[]> {
  const data = loadUtterances();
  const run = (u: (typeof data.utterances)[number]) =>
    understand(u.text, { lang: u.lang, today: data.today, pendingFactKey: u.pending, lastFactKeys: u.last });
  for (const u of data.utterances) run(u); // warm-up: regexes are compiled lazily
  const times: number[] = [];
  const pairs = data.utterances.map((u) => {
    const start = performance.now();
    const r = run(u);
    times.push(performance.now() - start);
    return { expected: factsOf({ patch: u.patch, unknown: u.unknown }), actual: factsOf(r) };
  });
  const score = scoreFacts(pairs);
  times.sort((a, b) => a - b);
  // The NLU runs on every turn: a message at the API's size limit must stay cheap (no quadratic patterns).
  const long = data.utterances
    .map((u) => u.text)
    .join(' ')
    .slice(0, LONG_MESSAGE);
  const longTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    understand(long, { lang: 'de', today: data.today });
    longTimes.push(performance.now() - start);
  }
  longTimes.sort((a, b) => a - b);
  return [
    `nlu: ${data.utterances.length} utterances, ${score.truePositives + score.falseNegatives} labelled facts`,
    `nlu: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}, F1 ${score.f1.toFixed(3)}`,
    `nlu: understand() p50 ${percentile(times, 50).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms`,
    `nlu: understand() of a ${long.length}-character message p50 ${percentile(longTimes, 50).toFixed(1)} ms, max ${percentile(longTimes, 100).toFixed(1)} ms`,
  ];
}
