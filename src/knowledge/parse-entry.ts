import { parse as parseYaml } from 'yaml';
import { EntryFrontmatter, type KnowledgeEntry } from './entry.js';

export interface EntryProblem {
  file: string;
  field: string;
  message: string;
}

export type ParseResult = { ok: true; entry: KnowledgeEntry } | { ok: false; problems: EntryProblem[] };

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Parses one knowledge file (frontmatter + Markdown body). Pure: the caller reads the file. */
export function parseEntry(file: string, text: string): ParseResult {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      ok: false,
      problems: [{ file, field: '(frontmatter)', message: 'file must start with a --- YAML block ---' }],
    };
  }
  let raw: unknown;
  try {
    // Dates stay strings: the schema wants ISO `YYYY-MM-DD`, not JS Date objects.
    raw = parseYaml(match[1] ?? '', { schema: 'core' });
  } catch (error) {
    return { ok: false, problems: [{ file, field: '(frontmatter)', message: `invalid YAML: ${String(error)}` }] };
  }
  const parsed = EntryFrontmatter.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        file,
        field: issue.path.join('.') || '(frontmatter)',
        message: issue.message,
      })),
    };
  }
  const body = (match[2] ?? '').trim();
  if (body.length < 40) {
    return { ok: false, problems: [{ file, field: 'body', message: 'body is missing or shorter than 40 characters' }] };
  }
  return { ok: true, entry: { ...parsed.data, body } };
}
