import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../src/knowledge/parse-entry.js';
import { type KnowledgeFile, validateKnowledge } from '../../src/knowledge/validate-knowledge.js';

const frontmatter = (over: Record<string, string> = {}) => {
  const fields: Record<string, string> = {
    id: 'permission.example',
    lang: 'de',
    title: 'Beispiel',
    summary: 'Eine kurze Zusammenfassung für Arbeitgeber.',
    topics: '[Beispiel]',
    legal_basis: '["§ 4a AufenthG"]',
    sources: '\n  - title: "§ 4a AufenthG"\n    url: https://www.gesetze-im-internet.de/aufenthg_2004/__4a.html',
    valid_from: '2024-03-01',
    valid_until: 'null',
    reviewed_at: '2026-11-22',
    related: '[]',
    status: 'settled',
    ...over,
  };
  const yaml = Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${yaml}\n---\nDer Text des Eintrags erklärt die Regel in einfachen Worten für Arbeitgeber.\n`;
};

const parsed = (file: string, text: string): KnowledgeFile => {
  const result = parseEntry(file, text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { file, entry: result.entry };
};

const options = { today: '2026-11-22', maxReviewAgeDays: 365 };

describe('knowledge entry parsing', () => {
  it('reads frontmatter and keeps dates as ISO strings', () => {
    const { entry } = parsed('knowledge/de/permission.example.md', frontmatter());
    expect(entry.valid_from).toBe('2024-03-01');
    expect(entry.valid_until).toBeNull();
    expect(entry.body).toContain('Regel');
  });

  it('names the file and the field of a schema error', () => {
    const result = parseEntry('knowledge/de/x.md', frontmatter({ status: 'maybe', valid_from: '01.03.2024' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field).sort()).toEqual(['status', 'valid_from']);
    expect(result.problems.every((p) => p.file === 'knowledge/de/x.md')).toBe(true);
  });

  it('rejects a file without frontmatter', () => {
    expect(parseEntry('a.md', '# just text').ok).toBe(false);
  });
});

describe('knowledge base validation', () => {
  const de = parsed('knowledge/de/permission.example.md', frontmatter());
  const en = parsed('knowledge/en/permission.example.md', frontmatter({ lang: 'en', title: 'Example' }));

  it('accepts a complete de/en pair', () => {
    expect(validateKnowledge([de, en], options)).toEqual([]);
  });

  it('reports a missing translation', () => {
    expect(validateKnowledge([de], options).map((p) => p.message)).toContainEqual(
      expect.stringContaining('missing the en file'),
    );
  });

  it('reports legal fields that differ between languages', () => {
    const other = parsed('knowledge/en/permission.example.md', frontmatter({ lang: 'en', valid_from: '2024-01-01' }));
    expect(validateKnowledge([de, other], options)).toContainEqual(expect.objectContaining({ field: 'valid_from' }));
  });

  it('reports dangling related ids, inverted validity and stale reviews', () => {
    const broken = frontmatter({
      related: '[permission.missing]',
      valid_until: '2024-01-01',
      reviewed_at: '2024-01-01',
    });
    const problems = validateKnowledge(
      [
        parsed('knowledge/de/permission.example.md', broken),
        parsed('knowledge/en/permission.example.md', broken.replace('lang: de', 'lang: en')),
      ],
      options,
    );
    const fields = problems.map((p) => p.field);
    expect(fields).toContain('related.0');
    expect(fields).toContain('valid_until');
    expect(fields).toContain('reviewed_at');
  });

  it('reports an id the rules cite that has no entry', () => {
    expect(validateKnowledge([de, en], { ...options, citedIds: ['ban.nowhere'] })).toContainEqual(
      expect.objectContaining({ field: 'citations' }),
    );
  });
});
