import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';

describe('configuration', () => {
  it('applies the documented defaults when nothing is set', () => {
    const result = parseConfig({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toMatchObject({
      PORT: 8787,
      HOST: '127.0.0.1',
      LOTSE_DB_PATH: './data/lotse.db',
      LOG_LEVEL: 'info',
      RETENTION_DAYS: 90,
    });
    expect(result.config.LOTSE_FIXED_DATE).toBeUndefined();
  });

  it('names every bad variable at once', () => {
    const result = parseConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', LOTSE_FIXED_DATE: '22.11.2026' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.errors.join('\n');
    expect(text).toContain('PORT');
    expect(text).toContain('LOG_LEVEL');
    expect(text).toContain('LOTSE_FIXED_DATE');
  });

  it('accepts a pinned law-as-of date', () => {
    const result = parseConfig({ LOTSE_FIXED_DATE: '2026-06-12' });
    expect(result.ok && result.config.LOTSE_FIXED_DATE).toBe('2026-06-12');
  });

  it('refuses a half-configured LLM instead of silently ignoring it', () => {
    const result = parseConfig({ LLM_BASE_URL: 'http://localhost:9999/v1' });
    expect(result.ok).toBe(false);
  });

  it("hashes adviser passwords at OWASP's cost, and allows the cheap test cost only with NODE_ENV=test", () => {
    const plain = parseConfig({});
    expect(plain.ok && plain.config.ADVISER_PASSWORD_COST).toBe('owasp');
    for (const NODE_ENV of [undefined, 'production', 'development']) {
      const refused = parseConfig({ ADVISER_PASSWORD_COST: 'test', NODE_ENV });
      expect(refused.ok, String(NODE_ENV)).toBe(false);
      if (!refused.ok) expect(refused.errors.join('\n')).toMatch(/ADVISER_PASSWORD_COST: test is for tests only/);
    }
    const test = parseConfig({ ADVISER_PASSWORD_COST: 'test', NODE_ENV: 'test' });
    expect(test.ok && test.config.ADVISER_PASSWORD_COST).toBe('test');
    expect(parseConfig({ ADVISER_PASSWORD_COST: 'none', NODE_ENV: 'test' }).ok).toBe(false);
  });
});
