/**
 * Fact-level precision and recall of the deterministic NLU on labelled sets, for the notes:
 *   npx tsx test/nlu/score-sets.ts [--misses] [--old-years] file.yaml …   (paths relative to test/nlu/)
 * `--old-years` reads a year stored the old way (`YYYY-01-01` marked approximate) as the year it stood
 * for, to tell a date bound to the wrong fact from one only written the old way.
 */
import { understand } from '../../src/nlu/index.js';
import { factsOf, scoreFacts } from '../../src/nlu/metrics.js';
import { loadDataset, setFile } from './dataset.js';

const args = process.argv.slice(2);
const misses = args.includes('--misses');
const oldYears = args.includes('--old-years');
for (const name of args.filter((a) => !a.startsWith('--'))) {
  const data = loadDataset(setFile(name));
  const pairs = data.utterances.map((u) => {
    const r = understand(u.text, { lang: u.lang, today: data.today, pendingFactKey: u.pending, lastFactKeys: u.last });
    const approximate = (r as { approximate?: string[] }).approximate ?? [];
    const patch = r.patch as Record<string, unknown>;
    if (oldYears)
      for (const key of approximate) {
        const v = patch[key];
        if (typeof v === 'string' && /^\d{4}-01-01$/.test(v)) patch[key] = v.slice(0, 4);
      }
    return { text: u.text, expected: factsOf({ patch: u.patch, unknown: u.unknown }), actual: factsOf(r) };
  });
  const s = scoreFacts(pairs);
  console.log(
    `${name}: ${data.utterances.length} messages, ${s.truePositives + s.falseNegatives} facts, P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} (fp ${s.falsePositives}, fn ${s.falseNegatives})`,
  );
  if (misses)
    for (const p of pairs) {
      const want = new Set(p.expected);
      const got = new Set(p.actual);
      const fp = p.actual.filter((f) => !want.has(f));
      const fn = p.expected.filter((f) => !got.has(f));
      if (fp.length || fn.length) console.log(`  ${p.text}\n    missing ${fn.join(' ')}\n    wrong   ${fp.join(' ')}`);
    }
}
