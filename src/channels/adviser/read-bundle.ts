import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** dist/inbox.js at the repository root, as built by scripts/build-inbox.ts. */
export const INBOX_BUNDLE_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../../dist/inbox.js');

/** Node loader for GET /inbox/inbox.js; read per request so a rebuild needs no restart. Missing: undefined. */
export async function readInboxBundle(path = INBOX_BUNDLE_PATH): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}
