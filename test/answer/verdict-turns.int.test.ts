import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { countWords } from '../../src/answer/render-text.js';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { createNodeRuntime } from '../../src/node-runtime.js';

const Row = z.object({ lang: z.enum(['de', 'en']), text: z.string().min(10) }).strict();
const rows = z.array(Row).parse(parse(readFileSync(new URL('./verdict-turns.yaml', import.meta.url), 'utf8')));

const dir = mkdtempSync(join(tmpdir(), 'lotse-verdict-turns-'));
const parsed = parseConfig({
  LOTSE_DB_PATH: join(dir, 'lotse.db'),
  LOTSE_FIXED_DATE: '2026-12-07',
  LOG_LEVEL: 'silent',
});
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const runtime = createNodeRuntime(parsed.config, silentLogger);
afterAll(() => {
  runtime.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Words of the turn that brings the verdict: every bot message of it (understood line, verdict, consent). */
async function verdictTurnWords(lang: 'de' | 'en', text: string): Promise<number | undefined> {
  const created = await runtime.conversations.create(lang);
  let turn = await runtime.conversations.post(created.id, { text });
  for (let i = 0; i < 14; i++) {
    if (turn.messages.some((m) => m.answer))
      return countWords(
        turn.messages
          .filter((m) => m.role !== 'employer')
          .map((m) => m.text)
          .join('\n'),
      );
    const pending = turn.state.pendingQuestion;
    if (!pending) return undefined;
    const option = pending.options.find((o) => o.value === 'unknown') ?? pending.options[0];
    if (!option) return undefined;
    turn = await runtime.conversations.post(created.id, { choice: { factKey: pending.factKey, value: option.value } });
  }
  return undefined;
}

describe('the verdict turn of held-out employer conversations', () => {
  it('has a median of at most 150 words (German and English)', { timeout: 120_000 }, async () => {
    const words: number[] = [];
    for (const row of rows) {
      const n = await verdictTurnWords(row.lang, row.text);
      if (n !== undefined) words.push(n);
    }
    words.sort((a, b) => a - b);
    const median = words[Math.floor(words.length / 2)] ?? Number.POSITIVE_INFINITY;
    console.info(
      `verdict turn words over ${words.length}/${rows.length} conversations: median ${median}, max ${words.at(-1)}`,
      words,
    );
    expect(words.length).toBeGreaterThanOrEqual(rows.length - 2);
    expect(median).toBeLessThanOrEqual(150);
  });
});
