import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { OFFLINE_ENV, WRANGLER_BIN } from './wrangler.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(root, '.wrangler/dry-run');
/** Cloudflare's limit for a Worker on the free plan (gzipped); the paid plan allows 10 MiB. */
const LIMIT_BYTES = 1024 * 1024;

/**
 * A deploy without the upload: wrangler bundles the Worker exactly as `wrangler deploy` would and
 * writes it to .wrangler/dry-run, then the gzipped size is checked against the free plan's limit.
 * Needs no Cloudflare account and no network.
 */
rmSync(OUT_DIR, { recursive: true, force: true });
const wrangler = spawnSync(WRANGLER_BIN, ['deploy', '--dry-run', '--outdir', OUT_DIR], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ...OFFLINE_ENV },
});
if (wrangler.status !== 0) process.exit(wrangler.status ?? 1);

const code = readFileSync(join(OUT_DIR, 'worker.js'));
const gzipped = gzipSync(code).length;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`\nworker bundle: ${kib(code.length)}, ${kib(gzipped)} gzipped (limit ${kib(LIMIT_BYTES)})`);
if (gzipped > LIMIT_BYTES) {
  console.error('the gzipped Worker exceeds 1 MiB: see what grew with the source map in .wrangler/dry-run');
  process.exit(1);
}
