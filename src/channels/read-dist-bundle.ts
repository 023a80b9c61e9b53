import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** dist/ at the repository root, where scripts/build-widget.ts and scripts/build-inbox.ts write. */
const DIST_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../dist');

/**
 * Node loader for a browser script in dist/ (the widget, the inbox); read per request so a rebuild
 * needs no restart. Missing: undefined, so the route can answer with a readable error.
 */
export async function readDistBundle(name: 'widget.js' | 'inbox.js'): Promise<string | undefined> {
  try {
    return await readFile(join(DIST_DIR, name), 'utf8');
  } catch {
    return undefined;
  }
}
