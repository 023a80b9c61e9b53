import type { Lang } from './analyse-text.js';
import type { EntryProblem } from './parse-entry.js';

/** A term English entries must not use, and what to write instead (from knowledge/README.md). */
export interface ForbiddenTerm {
  term: string;
  instead: string;
}

/**
 * The editorial rules `kb:check` enforces beyond the schema. They are kept as lists in
 * knowledge/README.md, the page authors read, so there is one place to change them.
 */
export interface KnowledgePolicy {
  /** Hosts a source URL may use; a subdomain of a listed host counts (`www.` and others). */
  allowedHosts: readonly string[];
  forbiddenEnglishTerms: readonly ForbiddenTerm[];
  /** The text every body must start with, per language. */
  openings: Readonly<Record<Lang, string>>;
  /** The README the lists were read from, named in error messages. */
  readme: string;
}

export const POLICY_SECTIONS = {
  allowedHosts: 'Allowed source hosts',
  forbiddenEnglishTerms: 'Terms English entries must not use',
  openings: 'Required opening',
} as const;

/** Lines of the first ```text block after `## <heading>`, comments (`#`) and blanks removed. */
function blockLines(readme: string, heading: string): string[] | undefined {
  const start = readme.search(new RegExp(`^## ${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'm'));
  if (start === -1) return undefined;
  const rest = readme.slice(start);
  const nextHeading = rest.slice(3).search(/^## /m);
  const section = nextHeading === -1 ? rest : rest.slice(0, nextHeading + 3);
  const block = /```text\r?\n([\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined) return undefined;
  return block
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.length > 0);
}

function pairs(lines: readonly string[]): Array<[string, string]> {
  return lines.flatMap((line) => {
    const [left, right] = line.split('=>').map((part) => part.trim());
    return left && right ? [[left, right] as [string, string]] : [];
  });
}

export type PolicyResult = { ok: true; policy: KnowledgePolicy } | { ok: false; problems: EntryProblem[] };

/** Reads the policy lists from the README text. Pure: the caller reads the file. */
export function parseKnowledgePolicy(readme: string, file = 'knowledge/README.md'): PolicyResult {
  const problems: EntryProblem[] = [];
  const missing = (heading: string) =>
    problems.push({ file, field: `## ${heading}`, message: 'section with a ```text block is missing or empty' });

  const hostLines = blockLines(readme, POLICY_SECTIONS.allowedHosts);
  const allowedHosts = (hostLines ?? []).map((line) => line.split(/\s+/)[0]?.toLowerCase() ?? '').filter(Boolean);
  if (allowedHosts.length === 0) missing(POLICY_SECTIONS.allowedHosts);

  const termLines = blockLines(readme, POLICY_SECTIONS.forbiddenEnglishTerms);
  const forbiddenEnglishTerms = pairs(termLines ?? []).map(([term, instead]) => ({ term, instead }));
  if (forbiddenEnglishTerms.length === 0) missing(POLICY_SECTIONS.forbiddenEnglishTerms);

  const openingPairs = new Map(pairs(blockLines(readme, POLICY_SECTIONS.openings) ?? []));
  const de = openingPairs.get('de');
  const en = openingPairs.get('en');
  if (!de || !en) missing(POLICY_SECTIONS.openings);

  if (problems.length > 0 || !de || !en) return { ok: false, problems };
  return { ok: true, policy: { allowedHosts, forbiddenEnglishTerms, openings: { de, en }, readme: file } };
}

/** True when the URL's host is a listed host or a subdomain of one (`www.asyl.net` for `asyl.net`). */
export function isAllowedHost(url: string, allowedHosts: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return allowedHosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/** A case-insensitive whole-phrase matcher; whitespace inside the term matches any whitespace. */
export function termPattern(term: string): RegExp {
  const escaped = term
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * English citations use the German form of `legal_basis` (`§ 40 Abs. 1 Nr. 2`); the anglicised
 * `§ 40(1)` / `Art. 62(1)` is the form the audit found mixed in, so it is the one the check rejects.
 */
export const ENGLISH_PAREN_CITATION = /(?:§§?|Art\.)\s*\d+[a-z]?\(\d/;
