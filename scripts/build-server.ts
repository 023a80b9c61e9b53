import { cpSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildInbox } from './build-inbox.js';
import { buildWidget } from './build-widget.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_DIR = join(root, 'build');

/** The Worker's modules (and their generated bundles) never run on Node. */
const WORKERS_ONLY = /^(worker[^/]*\.ts|workers\/|cloudflare-workers\.d\.ts|knowledge\/[^/]+\.generated\.ts)/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    const inSrc = relative(join(root, 'src'), path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') && !WORKERS_ONLY.test(inSrc) ? [path] : [];
  });
}

/**
 * The Node server as plain JavaScript for a production image (Dockerfile): every module of src/
 * (and the adviser CLI) transpiled one to one (no bundling, so paths relative to a module, such as
 * the migrations folder and dist/, stay as they are), the SQL migrations beside them, the widget
 * and inbox bundles in build/dist. Started with `node build/src/main.js`: no TypeScript loader, no
 * dev dependencies.
 */
export async function buildServer(): Promise<{ modules: number }> {
  rmSync(SERVER_DIR, { recursive: true, force: true });
  // The adviser CLI comes along (`node scripts/adviser.js add …` in the container).
  const cli = ['adviser.ts', 'adviser-d1.ts', 'wrangler.ts'].map((name) => join(root, 'scripts', name));
  const entryPoints = [...sources(join(root, 'src')), ...cli];
  await build({
    entryPoints,
    outbase: root,
    outdir: SERVER_DIR,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  cpSync(join(root, 'src/storage/migrations'), join(SERVER_DIR, 'src/storage/migrations'), { recursive: true });
  await Promise.all([buildWidget(join(SERVER_DIR, 'dist/widget.js')), buildInbox(join(SERVER_DIR, 'dist/inbox.js'))]);
  return { modules: entryPoints.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { modules } = await buildServer();
  console.log(
    `build/: ${modules} modules transpiled, migrations and dist/ beside them; run with node build/src/main.js`,
  );
}
