import type { KnowledgeEntry } from '../knowledge/entry.js';

/** Entry id → fingerprint over both languages' content and validity dates. */
export type Fingerprints = ReadonlyMap<string, string>;

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 through Web Crypto, so the same code runs on Node and Workers. */
export async function sha256(text: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/**
 * One fingerprint per entry id (the rules cite ids; each id has a German and an English file). It covers
 * everything a release can change: the body, the validity dates and every other frontmatter field, in a fixed
 * key order so that the same entry always gives the same fingerprint.
 */
export async function fingerprintEntries(entries: readonly KnowledgeEntry[]): Promise<Fingerprints> {
  const byId = new Map<string, KnowledgeEntry[]>();
  for (const entry of entries) byId.set(entry.id, [...(byId.get(entry.id) ?? []), entry]);
  const result = new Map<string, string>();
  for (const [id, versions] of [...byId].sort(([a], [b]) => a.localeCompare(b))) {
    const canonical = versions
      .sort((a, b) => a.lang.localeCompare(b.lang))
      .map((e) => JSON.stringify(Object.fromEntries(Object.entries(e).sort(([a], [b]) => a.localeCompare(b)))));
    result.set(id, await sha256(canonical.join('\n')));
  }
  return result;
}
