import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonPost } from './support/http.js';
import { startLotse } from './support/lotse.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs `npm run adviser -- …` the way an operator does (tsx entry), with the password on stdin. */
function adviserCli(args: string[], stdin: string, dbPath: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/adviser.ts', ...args], {
      env: { ...process.env, LOTSE_DB_PATH: dbPath },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => {
      stdout += String(c);
    });
    child.stderr.on('data', (c) => {
      stderr += String(c);
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('npm run adviser -- add', { timeout: 60_000 }, () => {
  it('creates an account whose password (read from stdin) signs in at the API', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lotse-cli-'));
    dirs.push(dir);
    const dbPath = join(dir, 'lotse.db');
    const args = ['add', '--email', 'Ines@Beratung.example', '--name', 'Ines Rat', '--role', 'admin'];
    const created = await adviserCli(args, 'ein-sehr-sicheres-passwort\n', dbPath);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('created admin ines@beratung.example');

    const again = await adviserCli(args, 'ein-sehr-sicheres-passwort\n', dbPath);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('exists');
    const weak = await adviserCli(['add', '--email', 'j@b.example', '--name', 'J'], 'kurz\n', dbPath);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('at least 12 characters');
    expect((await adviserCli(['add', '--name', 'Ohne Mail'], '', dbPath)).code).toBe(2);

    const lotse = await startLotse({ LOTSE_DB_PATH: dbPath });
    try {
      const login = await jsonPost(lotse.app, '/api/v1/adviser/login', {
        email: 'ines@beratung.example',
        password: 'ein-sehr-sicheres-passwort',
      });
      expect(login.status).toBe(200);
      expect((await login.json()).adviser).toMatchObject({ name: 'Ines Rat', role: 'admin' });
    } finally {
      await lotse.stop();
    }
  });
});
