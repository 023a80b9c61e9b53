import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { OFFLINE_ENV, WRANGLER_BIN } from './wrangler.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(root, '.wrangler/dry-run');
/** Cloudflare's limit for a Worker on the free plan (gzipped); the paid plan allows 10 MiB. */
export const LIMIT_BYTES = 1024 * 1024;

/**
 * A deploy without the upload: wrangler bundles the Worker exactly as `wrangler deploy` would and
 * writes it to .wrangler/dry-run; returns its size, raw and gzipped. Needs no Cloudflare account
 * and no network. The widget, inbox and knowledge bundles must be built (npm's prebuild:worker).
 */
export function buildWorker(stdio: 'inherit' | 'ignore' = 'inherit'): { bytes: number; gzipped: number } {
  rmSync(OUT_DIR, { recursive: true, force: true });
  const wrangler = spawnSync(WRANGLER_BIN, ['deploy', '--dry-run', '--outdir', OUT_DIR], {
    cwd: root,
    stdio,
    env: { ...process.env, ...OFFLINE_ENV },
  });
  if (wrangler.status !== 0) throw new Error(`wrangler deploy --dry-run failed (${wrangler.status})`);
  const code = readFileSync(join(OUT_DIR, 'worker.js'));
  return { bytes: code.length, gzipped: gzipSync(code).length };
}

export const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { bytes, gzipped } = buildWorker();
  console.log(`\nworker bundle: ${kib(bytes)}, ${kib(gzipped)} gzipped (limit ${kib(LIMIT_BYTES)})`);
  if (gzipped > LIMIT_BYTES) {
    console.error('the gzipped Worker exceeds 1 MiB: see what grew with the source map in .wrangler/dry-run');
    process.exit(1);
  }
}
