import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WIDGET_ENTRY = join(root, 'src/channels/web/widget/client/main.ts');
export const WIDGET_BUNDLE = join(root, 'dist/widget.js');

/**
 * Bundles the widget into one self-contained, minified IIFE (no CDN, no runtime dependency).
 * Written to a temporary file and renamed, so a server (or a parallel test) never reads half a file.
 */
export async function buildWidget(outfile = WIDGET_BUNDLE): Promise<{ bytes: number; gzipBytes: number }> {
  const result = await build({
    entryPoints: [WIDGET_ENTRY],
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
  if (!code) throw new Error('esbuild produced no output for the widget');
  mkdirSync(dirname(outfile), { recursive: true });
  const temporary = `${outfile}.${process.pid}.tmp`;
  writeFileSync(temporary, code);
  renameSync(temporary, outfile);
  return { bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { bytes, gzipBytes } = await buildWidget();
  console.log(`dist/widget.js: ${(bytes / 1024).toFixed(1)} KiB, ${(gzipBytes / 1024).toFixed(1)} KiB gzipped`);
}
