import { type KnowledgeEntry, LEGAL_FIELDS } from './entry.js';
import { ENGLISH_PAREN_CITATION, isAllowedHost, type KnowledgePolicy, termPattern } from './knowledge-policy.js';
import type { EntryProblem } from './parse-entry.js';

export interface KnowledgeFile {
  file: string;
  entry: KnowledgeEntry;
}

export interface ValidationOptions {
  /** The day of the check (injected so the check is reproducible). */
  today: string;
  maxReviewAgeDays: number;
  /** Entry ids the rules engine cites; each must exist. */
  citedIds?: readonly string[];
  /** Editorial rules from knowledge/README.md (source hosts, English terms, openings); skipped when absent. */
  policy?: KnowledgePolicy;
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** Cross-file checks over a parsed knowledge base. Returns every problem, naming file and field. */
export function validateKnowledge(files: KnowledgeFile[], options: ValidationOptions): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const byKey = new Map<string, KnowledgeFile>();
  const ids = new Set<string>();

  for (const f of files) {
    const { entry, file } = f;
    const key = `${entry.id}:${entry.lang}`;
    const previous = byKey.get(key);
    if (previous)
      problems.push({
        file,
        field: 'id',
        message: `duplicate id "${entry.id}" for lang ${entry.lang} (also in ${previous.file})`,
      });
    byKey.set(key, f);
    ids.add(entry.id);
    const expectedName = `${entry.lang}/${entry.id}.md`;
    if (!file.replaceAll('\\', '/').endsWith(expectedName)) {
      problems.push({ file, field: 'id', message: `file must be named knowledge/${expectedName}` });
    }
    if (entry.valid_until !== null && entry.valid_until < entry.valid_from) {
      problems.push({
        file,
        field: 'valid_until',
        message: `valid_until ${entry.valid_until} is before valid_from ${entry.valid_from}`,
      });
    }
    if (entry.reviewed_at > options.today) {
      problems.push({ file, field: 'reviewed_at', message: `reviewed_at ${entry.reviewed_at} is in the future` });
    } else if (daysBetween(entry.reviewed_at, options.today) > options.maxReviewAgeDays) {
      problems.push({
        file,
        field: 'reviewed_at',
        message: `last review ${entry.reviewed_at} is older than ${options.maxReviewAgeDays} days: review the entry`,
      });
    }
    entry.sources.forEach((source, i) => {
      if (!/^https?:\/\//.test(source.url))
        problems.push({ file, field: `sources.${i}.url`, message: 'source needs an http(s) URL' });
    });
    if (options.policy) problems.push(...policyProblems(f, options.policy));
  }

  for (const f of files) {
    const { entry, file } = f;
    const otherLang = entry.lang === 'de' ? 'en' : 'de';
    const twin = byKey.get(`${entry.id}:${otherLang}`);
    if (!twin) {
      problems.push({
        file,
        field: 'lang',
        message: `missing the ${otherLang} file knowledge/${otherLang}/${entry.id}.md`,
      });
    } else if (entry.lang === 'de') {
      for (const field of LEGAL_FIELDS) {
        if (JSON.stringify(entry[field]) !== JSON.stringify(twin.entry[field])) {
          problems.push({
            file,
            field,
            message: `differs from ${twin.file}: legal fields must be identical in de and en`,
          });
        }
      }
    }
    entry.related.forEach((id, i) => {
      if (!ids.has(id)) problems.push({ file, field: `related.${i}`, message: `related id "${id}" does not exist` });
      if (id === entry.id) problems.push({ file, field: `related.${i}`, message: 'an entry cannot relate to itself' });
    });
  }

  for (const id of options.citedIds ?? []) {
    if (!ids.has(id))
      problems.push({
        file: 'src/domain',
        field: 'citations',
        message: `the rules cite "${id}", which has no knowledge entry`,
      });
  }
  return problems;
}

/** The README's editorial rules for one file: allowed source hosts, English terms, citation style, opening. */
function policyProblems({ file, entry }: KnowledgeFile, policy: KnowledgePolicy): EntryProblem[] {
  const problems: EntryProblem[] = [];
  entry.sources.forEach((source, i) => {
    if (/^https?:\/\//.test(source.url) && !isAllowedHost(source.url, policy.allowedHosts)) {
      const host = source.url.replace(/^https?:\/\/([^/?#]+).*$/, '$1');
      problems.push({
        file,
        field: `sources.${i}.url`,
        message: `host "${host}" is not on the allow-list ("Allowed source hosts" in ${policy.readme})`,
      });
    }
  });

  const opening = policy.openings[entry.lang];
  if (!entry.body.startsWith(opening)) {
    problems.push({ file, field: 'body', message: `must start with the practical answer: "${opening} …"` });
  }

  if (entry.lang !== 'en') return problems;
  // Keywords are left out on purpose: they mirror how users type ("work permit").
  const prose: Array<[string, string]> = [
    ['title', entry.title],
    ['summary', entry.summary],
    ...entry.topics.map((topic, i): [string, string] => [`topics.${i}`, topic]),
    ['body', entry.body],
  ];
  for (const [field, text] of prose) {
    for (const { term, instead } of policy.forbiddenEnglishTerms) {
      if (termPattern(term).test(text))
        problems.push({
          file,
          field,
          message: `uses "${term}"; write "${instead}" (glossary; list in ${policy.readme})`,
        });
    }
    const citation = ENGLISH_PAREN_CITATION.exec(text);
    if (citation)
      problems.push({
        file,
        field,
        message: `cites "${citation[0]}…"; use the style of legal_basis, e.g. "§ 40 Abs. 1 Nr. 2" (see ${policy.readme})`,
      });
  }
  return problems;
}
