/**
 * Runs the blind set through the real HTTP API and prints the score: `npx tsx test/domain/fresh/blind-check.ts`.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createRealApp } from '../support/real-lotse.js';

interface Row {
  id: string;
  lawAsOf?: string;
  facts: unknown;
  expect: { outcome: string; baConsent: string; earliestStart: string };
}

const rows = parse(readFileSync(new URL('./blind-2026-12.yaml', import.meta.url), 'utf8'), { schema: 'core' }) as Row[];
const app = createRealApp();
let right = 0;
for (const row of rows) {
  const res = await app.request('/api/v1/assessments', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ facts: row.facts, lawAsOf: row.lawAsOf ?? '2026-11-22' }),
  });
  const a = (await res.json()) as {
    outcome: string;
    baConsent: string;
    earliestStart?: string;
    missingFacts: string[];
  };
  const got = { outcome: a.outcome, baConsent: a.baConsent, earliestStart: a.earliestStart ?? 'none' };
  const ok = JSON.stringify(got) === JSON.stringify(row.expect);
  if (ok) right++;
  else
    console.log(
      `✗ ${row.id}\n  expected ${JSON.stringify(row.expect)}\n  got      ${JSON.stringify(got)} missing ${a.missingFacts}`,
    );
}
console.log(`blind check: ${right} of ${rows.length} right (outcome, BA consent, earliest start)`);
