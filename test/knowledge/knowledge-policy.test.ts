import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isAllowedHost, type KnowledgePolicy, parseKnowledgePolicy } from '../../src/knowledge/knowledge-policy.js';
import { readKnowledgeFiles } from '../../src/knowledge/load-node.js';
import { parseEntry } from '../../src/knowledge/parse-entry.js';
import { type KnowledgeFile, validateKnowledge } from '../../src/knowledge/validate-knowledge.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KNOWLEDGE_DIR = join(ROOT, 'knowledge');
const README = readFileSync(join(KNOWLEDGE_DIR, 'README.md'), 'utf8');

function realPolicy(): KnowledgePolicy {
  const result = parseKnowledgePolicy(README);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.policy;
}

const OPENING = { de: '**Was heißt das für Sie?**', en: '**What this means for you:**' } as const;

/** A valid pair to plant one fault into; `over` replaces frontmatter lines, `body` the body text. */
function entry(
  lang: 'de' | 'en',
  over: { url?: string; title?: string; topics?: string; keywords?: string; body?: string } = {},
) {
  const text = [
    '---',
    'id: permission.planted',
    `lang: ${lang}`,
    `title: "${over.title ?? (lang === 'de' ? 'Beispiel' : 'Example')}"`,
    'summary: "A short summary for employers, long enough."',
    `topics: ${over.topics ?? '[example]'}`,
    `keywords: ${over.keywords ?? '[]'}`,
    'legal_basis: ["§ 4a AufenthG"]',
    'sources:',
    '  - title: "§ 4a AufenthG (gesetze-im-internet.de)"',
    `    url: ${over.url ?? 'https://www.gesetze-im-internet.de/aufenthg_2004/__4a.html'}`,
    'valid_from: 2024-03-01',
    'valid_until: null',
    'reviewed_at: 2026-12-07',
    'related: []',
    'status: settled',
    '---',
    over.body ?? `${OPENING[lang]} The practical answer comes first, then the rule and what to do.`,
    '',
  ].join('\n');
  const file = `knowledge/${lang}/permission.planted.md`;
  const result = parseEntry(file, text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { file, entry: result.entry } satisfies KnowledgeFile;
}

const check = (files: KnowledgeFile[]) =>
  validateKnowledge(files, { today: '2026-12-07', maxReviewAgeDays: 365, policy: realPolicy() });

describe('knowledge policy read from knowledge/README.md', () => {
  it('finds the allow-list, the forbidden English terms and both openings in the README', () => {
    const policy = realPolicy();
    expect(policy.allowedHosts).toContain('gesetze-im-internet.de');
    expect(policy.allowedHosts).toContain('eur-lex.europa.eu');
    expect(policy.forbiddenEnglishTerms.map((t) => t.term)).toEqual(
      expect.arrayContaining(['asylum-seeker permit', 'foreigners authority']),
    );
    expect(policy.openings).toEqual(OPENING);
  });

  it('reports a README whose lists are missing, naming the section', () => {
    const result = parseKnowledgePolicy('# Knowledge base\n\nNo lists here.\n', 'x/README.md');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual([
      '## Allowed source hosts',
      '## Terms English entries must not use',
      '## Required opening',
    ]);
    expect(result.problems.every((p) => p.file === 'x/README.md')).toBe(true);
  });

  it('accepts a listed host and its subdomains, but not a look-alike host', () => {
    const hosts = ['gesetze-im-internet.de'];
    expect(isAllowedHost('https://gesetze-im-internet.de/x', hosts)).toBe(true);
    expect(isAllowedHost('https://www.gesetze-im-internet.de/x', hosts)).toBe(true);
    expect(isAllowedHost('https://fake-gesetze-im-internet.de/x', hosts)).toBe(false);
    expect(isAllowedHost('https://gesetze-im-internet.de.example.org/x', hosts)).toBe(false);
    expect(isAllowedHost('not a url', hosts)).toBe(false);
  });
});

describe('kb:check policy rules on planted entries', () => {
  it('accepts a clean pair', () => {
    expect(check([entry('de'), entry('en')])).toEqual([]);
  });

  it('fails on a source host that is not on the allow-list, naming file and field', () => {
    const problems = check([entry('de'), entry('en', { url: 'https://blog.example.org/duldung' })]);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'knowledge/en/permission.planted.md',
        field: 'sources.0.url',
        message: expect.stringContaining('blog.example.org'),
      }),
    );
  });

  it('fails on a forbidden English term in body, title or topics, but not in keywords or German', () => {
    const problems = check([
      entry('de', { body: `${OPENING.de} Mit asylum-seeker permit ist ein Zitat gemeint.` }),
      entry('en', {
        title: 'Work with an Asylum-Seeker Permit',
        topics: '[example, "foreigners  authority"]',
        keywords: '["asylum-seeker permit"]',
        body: `${OPENING.en} Ask the foreigners authority.`,
      }),
    ]);
    const fields = problems.map((p) => `${p.file}|${p.field}`);
    expect(fields).toContain('knowledge/en/permission.planted.md|title');
    expect(fields).toContain('knowledge/en/permission.planted.md|topics.1');
    expect(fields).toContain('knowledge/en/permission.planted.md|body');
    expect(fields.filter((f) => f.startsWith('knowledge/de/'))).toEqual([]);
    expect(problems.find((p) => p.field === 'body')?.message).toContain('immigration office (Ausländerbehörde)');
  });

  it('fails on the anglicised citation style in English', () => {
    const problems = check([
      entry('de'),
      entry('en', { body: `${OPENING.en} The BA refuses under § 40(1) no. 2 AufenthG.` }),
    ]);
    expect(problems).toEqual([expect.objectContaining({ file: 'knowledge/en/permission.planted.md', field: 'body' })]);
  });

  it('fails on a body that does not open with the practical answer', () => {
    const problems = check([
      entry('de', { body: '**Kurz:** Eine Regel ohne die praktische Antwort vorneweg.' }),
      entry('en'),
    ]);
    expect(problems).toEqual([expect.objectContaining({ file: 'knowledge/de/permission.planted.md', field: 'body' })]);
  });

  it('passes on the real knowledge base', () => {
    const { files, problems } = readKnowledgeFiles(KNOWLEDGE_DIR);
    expect(problems).toEqual([]);
    expect(check(files)).toEqual([]);
  });
});

describe('npm run kb:check on a copy of the knowledge base with a planted bad entry', () => {
  const copy = mkdtempSync(join(tmpdir(), 'lotse-kb-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('exits 1 and names the file and field of each planted fault', () => {
    cpSync(KNOWLEDGE_DIR, copy, { recursive: true });
    // The same unlisted source in both languages (legal fields stay identical), a forbidden term in English.
    for (const lang of ['de', 'en']) {
      const target = join(copy, lang, 'ban.overview.md');
      let text = readFileSync(target, 'utf8').replace(
        'https://www.gesetze-im-internet.de/aufenthg_2004/__60a.html',
        'https://random-blog.example/60a',
      );
      if (lang === 'en')
        text = text.replace(
          '**What this means for you:**',
          '**What this means for you:** Show your asylum-seeker permit.',
        );
      writeFileSync(target, text);
    }

    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/kb-check.ts', copy], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    for (const lang of ['de', 'en'])
      expect(run.stderr).toMatch(
        new RegExp(`${lang}[/\\\\]ban\\.overview\\.md: sources\\.0\\.url: host "random-blog\\.example"`),
      );
    expect(run.stderr).toMatch(/en[/\\]ban\.overview\.md: body: uses "asylum-seeker permit"/);
    expect(run.stderr).toContain('kb:check: 3 problem(s)');
  }, 60_000);
});
