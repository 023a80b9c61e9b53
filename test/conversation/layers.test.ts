import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The src/ folders a file imports from (relative imports only). */
function importedFolders(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from '(\.[^']+)'/g)].map((m) => relative(SRC, resolve(join(file, '..'), m[1] ?? '')));
}

const importsOf = (folder: string, except: readonly string[] = []) =>
  filesUnder(join(SRC, folder))
    .filter((f) => !except.includes(relative(SRC, f)))
    .flatMap((f) => importedFolders(f).map((to) => ({ from: relative(SRC, f), to })));

describe('where the dialogue lives (issue 13 item 9)', () => {
  it('keeps storage free of graph types', () => {
    expect(importsOf('storage').filter((i) => i.to.startsWith('graph'))).toEqual([]);
  });

  it('keeps the dialogue policy below the graph: only what drives or reads the graph imports it', () => {
    const above = ['conversation/service.ts', 'conversation/urgency-basis.ts'];
    expect(importsOf('conversation', above).filter((i) => i.to.startsWith('graph'))).toEqual([]);
  });

  it('keeps the understanding of a message free of the dialogue, the graph and I/O', () => {
    const outside = importsOf('nlu').filter((i) => !i.to.startsWith('nlu') && !i.to.startsWith('domain'));
    expect(outside).toEqual([]);
  });
});
