import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Wrangler without network side effects: no usage metrics (wrangler.toml's `send_metrics = false`
 * does not cover every command of the pinned CLI) and no download of the `Request.cf` sample
 * object that local runs otherwise fetch from workers.cloudflare.com (a placeholder is used).
 */
export const OFFLINE_ENV = { WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' } as const;

/** The project's pinned wrangler (never a global one). */
export const WRANGLER_BIN = join(root, 'node_modules/.bin/wrangler');

/** `tsx scripts/wrangler.ts <args>`: runs the pinned wrangler offline; used by `npm run dev:worker`. */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const child = spawn(WRANGLER_BIN, process.argv.slice(2), {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...OFFLINE_ENV },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
