import { resolve } from 'node:path';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';

/** `2026-12-07` → `07.12.2026`, the way the German texts print a "Stand". */
export const germanDate = (iso: string) => iso.split('-').reverse().join('.');

/**
 * The "Stand" dates the knowledge base can cite (its entries' review dates), as German dates. Tests
 * compare a printed "Stand" against these instead of a hard-coded date, so a review of the knowledge
 * does not break them.
 */
export function knowledgeReviewDates(dir = resolve('knowledge')): Set<string> {
  return new Set(loadKnowledgeFromDir(dir).map((e) => germanDate(e.reviewed_at)));
}

/** Every "Stand dd.mm.yyyy" in a text. */
export const standDates = (text: string) => [...text.matchAll(/Stand (\d\d\.\d\d\.\d{4})/g)].map((m) => m[1] ?? '');
