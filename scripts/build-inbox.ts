import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleBrowserScript } from './bundle-browser-script.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const INBOX_ENTRY = join(root, 'src/channels/adviser/client/main.ts');
export const INBOX_BUNDLE = join(root, 'dist/inbox.js');

/** Bundles the adviser inbox script, served as /inbox/inbox.js. */
export async function buildInbox(outfile = INBOX_BUNDLE): Promise<{ bytes: number }> {
  const code = await bundleBrowserScript(INBOX_ENTRY, outfile);
  return { bytes: code.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { bytes } = await buildInbox();
  console.log(`dist/inbox.js: ${(bytes / 1024).toFixed(1)} KiB`);
}
