import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { createNodeRuntime } from '../../src/node-runtime.js';
import { openDatabase } from '../../src/storage/sqlite/open-database.js';

describe('configuration of the abuse limits', () => {
  it('reads the widget origins as a comma-separated list of origins, or *', () => {
    const parsed = parseConfig({ WIDGET_ALLOWED_ORIGINS: 'https://www.baeckerei.example/, http://localhost:3000 ,*' });
    expect(parsed.ok && parsed.config.WIDGET_ALLOWED_ORIGINS).toEqual([
      'https://www.baeckerei.example',
      'http://localhost:3000',
      '*',
    ]);
    const defaults = parseConfig({});
    expect(defaults.ok && defaults.config).toMatchObject({
      WIDGET_ALLOWED_ORIGINS: [],
      RATE_LIMIT_WINDOW_SECONDS: 60,
      RATE_LIMIT_PER_CLIENT: 300,
      RATE_LIMIT_PER_CONVERSATION: 30,
      BODY_LIMIT_BYTES: 32 * 1024,
    });
  });

  it('names a bad origin, limit or body size instead of starting', () => {
    const parsed = parseConfig({
      WIDGET_ALLOWED_ORIGINS: 'baeckerei',
      RATE_LIMIT_PER_CLIENT: '-1',
      BODY_LIMIT_BYTES: '10',
    });
    expect(parsed.ok).toBe(false);
    const errors = parsed.ok ? [] : parsed.errors;
    expect(errors.some((e) => e.startsWith('WIDGET_ALLOWED_ORIGINS') && e.includes('https://www.example.org'))).toBe(
      true,
    );
    expect(errors.some((e) => e.startsWith('RATE_LIMIT_PER_CLIENT'))).toBe(true);
    expect(errors.some((e) => e.startsWith('BODY_LIMIT_BYTES'))).toBe(true);
  });
});

describe('retention on Node', () => {
  it('runs when the server starts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lotse-retention-start-'));
    const dbPath = join(dir, 'lotse.db');
    const seed = openDatabase(dbPath);
    const insert = seed.prepare(
      "INSERT INTO conversations (id, channel, lang, status, created_at, updated_at, closed_at) VALUES (?, 'web', 'de', 'collecting', ?, ?, NULL)",
    );
    insert.run('00000000-0000-4000-8000-000000000001', '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z');
    const recent = new Date().toISOString();
    insert.run('00000000-0000-4000-8000-000000000002', recent, recent);
    seed.close();

    const parsed = parseConfig({ LOTSE_DB_PATH: dbPath, RETENTION_DAYS: '90' });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const runtime = createNodeRuntime(parsed.config, silentLogger);
    try {
      await expect
        .poll(
          async () => (await runtime.app.request('/api/v1/conversations/00000000-0000-4000-8000-000000000001')).status,
        )
        .toBe(404);
      expect((await runtime.app.request('/api/v1/conversations/00000000-0000-4000-8000-000000000002')).status).not.toBe(
        404,
      );
    } finally {
      runtime.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
