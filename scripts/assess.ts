/**
 * `npm run --silent assess -- FILE [--text]`: assesses one case from a JSON file (or `-` for stdin)
 * `{ facts, lawAsOf?, unknown?, lang? }` against the knowledge in ./knowledge and prints the
 * Assessment as JSON (or, with --text, the chat text). Invalid input: a readable error, exit 2.
 * The clock is read only here: lawAsOf defaults to LOTSE_FIXED_DATE or today's date in Germany.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { createToday } from '../src/clock.js';
import { assess } from '../src/domain/assess.js';
import { CaseFacts, FactKey, IsoDate } from '../src/domain/facts.js';
import { renderAssessmentText } from '../src/i18n/render-assessment.js';
import { createAssessmentKnowledge } from '../src/knowledge/assessment-knowledge.js';
import { loadKnowledgeFromDir } from '../src/knowledge/load-node.js';

const AssessInput = z
  .object({
    facts: CaseFacts,
    lawAsOf: IsoDate.optional(),
    unknown: z.array(FactKey).optional(),
    lang: z.enum(['de', 'en']).optional(),
  })
  .strict();

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') || a === '-');
if (!file) fail('usage: npm run --silent assess -- FILE.json [--text]   (FILE "-" reads stdin)');

let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file === '-' ? 0 : resolve(file), 'utf8'));
} catch (error) {
  fail(`${file}: cannot read JSON: ${error instanceof Error ? error.message : String(error)}`);
}

const parsed = AssessInput.safeParse(raw);
if (!parsed.success) {
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  fail(`${file}: invalid input\n${lines.join('\n')}`);
}

const fixed = process.env.LOTSE_FIXED_DATE || undefined;
if (fixed !== undefined && !IsoDate.safeParse(fixed).success)
  fail(`LOTSE_FIXED_DATE: "${fixed}" is not a date YYYY-MM-DD`);
const input = parsed.data;
const lawAsOf = input.lawAsOf ?? createToday(fixed)();
const lang = input.lang ?? 'de';

let knowledge: ReturnType<typeof createAssessmentKnowledge>;
try {
  knowledge = createAssessmentKnowledge(loadKnowledgeFromDir(resolve('knowledge')));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const assessment = assess(input.facts, lawAsOf, knowledge, { unknown: input.unknown ?? [], lang });
console.log(args.includes('--text') ? renderAssessmentText(assessment, lang) : JSON.stringify(assessment, null, 2));
