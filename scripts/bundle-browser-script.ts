import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a browser entry into one self-contained, minified IIFE (no CDN, no runtime dependency).
 * Written to a temporary file and renamed, so a server (or a parallel test) never reads half a file.
 */
export async function bundleBrowserScript(entry: string, outfile: string): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    // Browsers of the last ~4 years (Shadow DOM, EventSource, optional chaining, replaceAll).
    target: ['es2021', 'chrome90', 'firefox90', 'safari15'],
    legalComments: 'none',
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error(`esbuild produced no output for ${entry}`);
  mkdirSync(dirname(outfile), { recursive: true });
  const temporary = `${outfile}.${process.pid}.tmp`;
  writeFileSync(temporary, code);
  renameSync(temporary, outfile);
  return code;
}
