import { z } from 'zod';

const isoDate = z.iso.date();

/** Knowledge entry id: lower-case dotted namespace, e.g. `ban.safe-country-eu`. */
export const EntryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/, 'ids look like `topic.name-with-dashes`');

export const EntryStatus = z.enum(['settled', 'disputed', 'check']);

/** Frontmatter of one knowledge file (`knowledge/<lang>/<id>.md`). */
export const EntryFrontmatter = z
  .object({
    id: EntryId,
    lang: z.enum(['de', 'en']),
    title: z.string().min(3).max(160),
    summary: z.string().min(10).max(600),
    topics: z.array(z.string().min(2)).min(1),
    legal_basis: z.array(z.string().min(2)).min(1),
    sources: z.array(z.object({ title: z.string().min(2), url: z.url() }).strict()).min(1),
    valid_from: isoDate,
    valid_until: isoDate.nullable(),
    reviewed_at: isoDate,
    related: z.array(EntryId).default([]),
    status: EntryStatus,
    keywords: z.array(z.string()).default([]),
  })
  .strict();
export type EntryFrontmatter = z.infer<typeof EntryFrontmatter>;

export interface KnowledgeEntry extends EntryFrontmatter {
  /** Markdown body without frontmatter. */
  body: string;
}

/** Fields that must be identical between the de and en file of one entry. */
export const LEGAL_FIELDS = [
  'legal_basis',
  'sources',
  'valid_from',
  'valid_until',
  'reviewed_at',
  'related',
  'status',
] as const;
