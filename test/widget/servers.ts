import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { buildWidget } from '../../scripts/build-widget.js';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { createNodeRuntime } from '../../src/node-runtime.js';
import { freePort, startServer } from '../support/server-process.js';

export const FIXED_DATE = '2026-11-22';

const tempDb = () => {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-widget-e2e-'));
  return { dir, dbPath: join(dir, 'lotse.db') };
};

/**
 * Builds dist/widget.js, then starts the real server (`src/main.ts`, child process) on a temp DB;
 * `env` adds configuration (e.g. a hand-off limit).
 */
export async function startWidgetServer(env: Record<string, string> = {}) {
  await buildWidget();
  const { dir, dbPath } = tempDb();
  const server = await startServer({ ...env, LOTSE_DB_PATH: dbPath, LOTSE_FIXED_DATE: FIXED_DATE });
  return {
    url: server.url,
    dbPath,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The same Node runtime and app as `src/main.ts`, served in this process, so a test can act as the
 * adviser through the conversation service (there is no adviser HTTP API yet); `env` adds configuration.
 */
export async function startInProcessServer(env: Record<string, string> = {}) {
  await buildWidget();
  const { dir, dbPath } = tempDb();
  const parsed = parseConfig({ ...env, LOTSE_DB_PATH: dbPath, LOTSE_FIXED_DATE: FIXED_DATE, LOG_LEVEL: 'silent' });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const runtime = createNodeRuntime(parsed.config, silentLogger);
  const port = await freePort();
  const server = serve({ fetch: runtime.app.fetch, port, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    conversations: runtime.conversations,
    stop: async () => {
      // Open event streams would keep close() waiting; they are cut here.
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      runtime.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
