import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const INBOX_ENTRY = join(root, 'src/channels/adviser/client/main.ts');
export const INBOX_BUNDLE = join(root, 'dist/inbox.js');

/** Bundles the adviser inbox script (one minified IIFE, served as /inbox/inbox.js); atomic write. */
export async function buildInbox(outfile = INBOX_BUNDLE): Promise<{ bytes: number }> {
  const result = await build({
    entryPoints: [INBOX_ENTRY],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: ['es2021', 'chrome90', 'firefox90', 'safari15'],
    legalComments: 'none',
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error('esbuild produced no output for the inbox');
  mkdirSync(dirname(outfile), { recursive: true });
  const temporary = `${outfile}.${process.pid}.tmp`;
  writeFileSync(temporary, code);
  renameSync(temporary, outfile);
  return { bytes: code.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { bytes } = await buildInbox();
  console.log(`dist/inbox.js: ${(bytes / 1024).toFixed(1)} KiB`);
}
