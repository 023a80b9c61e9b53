import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** dist/widget.js at the repository root, as built by scripts/build-widget.ts. */
export const WIDGET_BUNDLE_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../../../dist/widget.js');

/** Node loader for GET /widget.js; read per request so a rebuild needs no restart. Missing: undefined. */
export async function readWidgetBundle(path = WIDGET_BUNDLE_PATH): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}
