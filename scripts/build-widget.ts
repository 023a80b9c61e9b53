import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleBrowserScript } from './bundle-browser-script.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WIDGET_ENTRY = join(root, 'src/channels/web/widget/client/main.ts');
export const WIDGET_BUNDLE = join(root, 'dist/widget.js');

/** Bundles the employer widget, served as /widget.js; reports its size, gzipped too. */
export async function buildWidget(outfile = WIDGET_BUNDLE): Promise<{ bytes: number; gzipBytes: number }> {
  const code = await bundleBrowserScript(WIDGET_ENTRY, outfile);
  return { bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { bytes, gzipBytes } = await buildWidget();
  console.log(`dist/widget.js: ${(bytes / 1024).toFixed(1)} KiB, ${(gzipBytes / 1024).toFixed(1)} KiB gzipped`);
}
