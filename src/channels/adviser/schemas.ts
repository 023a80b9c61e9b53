import { z } from '@hono/zod-openapi';
import { CLOSE_OUTCOMES } from '../../storage/adviser-port.js';

export const MAX_REPLY = 4000;

export const UiLang = z.object({ lang: z.enum(['de', 'en']).default('de') });
export const EscalationId = z.object({ id: z.uuid('escalation id must be a UUID') });
export const AdviserId = z.object({ id: z.uuid('adviser id must be a UUID') });
export const SavedReplyId = z.object({ id: z.uuid('saved reply id must be a UUID') });

export const LoginBody = z
  .object({
    email: z.string().trim().min(1, 'email must not be empty').max(200),
    password: z.string().min(1, 'password must not be empty').max(200),
  })
  .strict()
  .openapi('AdviserLogin');

export const TextBody = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, 'text must not be empty')
      .max(MAX_REPLY, `text must be at most ${MAX_REPLY} characters`),
  })
  .strict()
  .openapi('AdviserText');

export const CloseBody = z
  .object({ outcome: z.enum(CLOSE_OUTCOMES) })
  .strict()
  .openapi('CloseEscalation');

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
export const ListQuery = UiLang.extend({
  queue: z.enum(['open', 'done', 'all']).default('open'),
  assigned: z.enum(['mine', 'unassigned']).optional(),
  urgent: flag.optional(),
  caseLang: z.enum(['de', 'en']).optional(),
  channel: z.enum(['web', 'slack']).optional(),
});
export const AuditQuery = UiLang.extend({ limit: z.coerce.number().int().min(1).max(500).default(100) });

const AdviserRef = z.object({ id: z.string(), name: z.string() });
/** Issue 20: a change of the verdict recorded by Lotse's watch after the answer. */
const LawChange = z
  .object({
    date: z.string().openapi({ description: 'The day the new verdict applies' }),
    detectedOn: z.string(),
    before: z.object({ outcome: z.string(), label: z.string() }),
    after: z.object({ outcome: z.string(), label: z.string() }),
    entries: z.array(z.string()).openapi({ description: 'Titles of the knowledge entries that caused it' }),
  })
  .openapi('LawChange');
const Role = z.enum(['adviser', 'admin']);
export const Adviser = z.object({ id: z.string(), email: z.string(), name: z.string(), role: Role }).openapi('Adviser');
export const SessionResponse = z
  .object({ adviser: Adviser, csrfToken: z.string(), expiresAt: z.string() })
  .openapi('AdviserSession');

export const QueueLine = z
  .object({
    id: z.string(),
    caseNumber: z.number().int(),
    channel: z.enum(['web', 'slack']),
    lang: z.enum(['de', 'en']),
    urgency: z.enum(['normal', 'urgent']),
    urgencyBasis: z
      .object({
        factKey: z.string(),
        source: z.enum(['own_words', 'answered_question']),
        messageId: z.string().optional(),
      })
      .nullable()
      .openapi({
        description:
          'What an urgent case rests on: the employer wrote it in their own words (messageId: that message) or clicked an answer; never checked by Lotse',
      }),
    status: z.enum(['open', 'claimed', 'returned', 'closed']),
    verdict: z.string(),
    verdictLabel: z.string(),
    summary: z.string(),
    reason: z.string(),
    trigger: z.enum(['assessment', 'request', 'not_understood', 'employer_choice']),
    triggerLabel: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    waitingSince: z.string(),
    employerWroteLast: z.boolean(),
    claimedBy: AdviserRef.nullable(),
    outcome: z.string().nullable(),
    lawChange: LawChange.nullable()
      .optional()
      .openapi({ description: 'Issue 20: the latest change of the verdict of a case an adviser held' }),
  })
  .openapi('QueueLine');
const Counts = z.object({
  all: z.number().int(),
  unassigned: z.number().int(),
  mine: z.number().int(),
  urgent: z.number().int(),
  de: z.number().int(),
  en: z.number().int(),
  web: z.number().int(),
  slack: z.number().int(),
});
export const EscalationList = z.object({ escalations: z.array(QueueLine), counts: Counts }).openapi('EscalationList');

export const CaseCard = QueueLine.extend({
  facts: z.array(z.object({ key: z.string(), label: z.string(), value: z.string() })),
  assessment: z.object({
    outcome: z.string(),
    verdictLabel: z.string(),
    lawAsOf: z.string(),
    earliestStart: z.string().nullable(),
    reasons: z.array(z.object({ code: z.string(), text: z.string() })),
    openQuestions: z.array(z.string()),
    missingFacts: z.array(z.object({ key: z.string(), label: z.string() })),
  }),
  transcript: z.array(
    z.object({
      id: z.string(),
      role: z.string(),
      text: z.string(),
      createdAt: z.string(),
      headline: z.string().optional(),
    }),
  ),
  notes: z.array(z.object({ id: z.string(), adviser: AdviserRef, text: z.string(), createdAt: z.string() })),
  changes: z.array(LawChange).optional(),
}).openapi('CaseCard');

export const Message = z
  .object({ id: z.string(), role: z.string(), text: z.string(), createdAt: z.string() })
  .openapi('AdviserMessage');
export const Note = z
  .object({ id: z.string(), adviser: AdviserRef, text: z.string(), createdAt: z.string() })
  .openapi('AdviserNote');
export const AuditList = z
  .object({
    entries: z.array(
      z.object({
        id: z.string(),
        at: z.string(),
        adviser: AdviserRef,
        action: z.string(),
        escalationId: z.string().nullable(),
        caseNumber: z.number().int().nullable(),
        subjectId: z.string().nullable(),
        subject: AdviserRef.nullable(),
        detail: z.string().nullable(),
      }),
    ),
  })
  .openapi('AuditLog');

// Team administration and one-time links.
export const TeamList = z
  .object({
    advisers: z.array(Adviser.extend({ createdAt: z.string(), disabled: z.boolean(), locked: z.boolean() })),
  })
  .openapi('Team');
export const InviteBody = z
  .object({
    email: z.string().trim().min(1, 'email must not be empty').max(200),
    name: z.string().trim().min(1, 'name must not be empty').max(100),
    role: Role.default('adviser'),
  })
  .strict()
  .openapi('Invitation');
export const OneTimeLink = z.object({ path: z.string(), expiresAt: z.string() }).openapi('OneTimeLink');
export const RoleBody = z.object({ role: Role }).strict().openapi('RoleChange');
export const DisabledBody = z.object({ disabled: z.boolean() }).strict().openapi('AccountDisabled');
export const TokenBody = z
  .object({ token: z.string().min(20, 'token is too short').max(100, 'token is too long') })
  .strict();
export const LinkBody = TokenBody.extend({
  password: z.string().min(1, 'password must not be empty').max(200),
})
  .strict()
  .openapi('LinkPassword');
export const LinkInfo = z
  .object({ kind: z.enum(['invite', 'reset']), name: z.string(), email: z.string() })
  .openapi('LinkInfo');

// Saved replies.
export const SavedReplyBody = z
  .object({
    lang: z.enum(['de', 'en']),
    title: z.string().trim().min(1, 'title must not be empty').max(80, 'title must be at most 80 characters'),
    text: z
      .string()
      .trim()
      .min(1, 'text must not be empty')
      .max(MAX_REPLY, `text must be at most ${MAX_REPLY} characters`),
  })
  .strict()
  .openapi('SavedReplyInput');
export const SavedReply = SavedReplyBody.extend({ id: z.string(), updatedAt: z.string() }).openapi('SavedReply');
export const SavedReplyList = z.object({ replies: z.array(SavedReply) }).openapi('SavedReplies');
export const SavedReplyQuery = z.object({ lang: z.enum(['de', 'en']) });

// Statistics.
const Day = z.iso.date('a date YYYY-MM-DD');
export const StatsQuery = UiLang.extend({ from: Day.optional(), to: Day.optional() });
const Cell = z.union([z.number().int(), z.literal('< 5')]);
const Labelled = z.object({ key: z.string(), label: z.string(), conversations: Cell.optional(), handoffs: Cell });
const Period = z.object({ period: z.string(), label: z.string(), conversations: Cell, handoffs: Cell });
export const StatsReport = z
  .object({
    range: z.object({ from: z.string(), to: z.string() }),
    totals: z.object({ conversations: Cell, handoffs: Cell, helpful: Cell, notHelpful: Cell }),
    perWeek: z.array(Period),
    perMonth: z.array(Period),
    verdicts: z.array(Labelled),
    reasons: z.array(Labelled),
    triggers: z.array(Labelled),
    channels: z.array(Labelled),
    nationalities: z.array(Labelled),
    firstReply: z.object({ cases: Cell, medianMinutes: z.number().nullable(), p90Minutes: z.number().nullable() }),
    outcomes: z.array(Labelled),
    downVotes: z.array(
      z.object({ question: z.string(), lang: z.enum(['de', 'en']), count: Cell, comments: z.array(z.string()) }),
    ),
    knowledgeGaps: z.array(
      z.object({ question: z.string(), lang: z.enum(['de', 'en']), count: Cell, searchUrl: z.string() }),
    ),
  })
  .openapi('AdviserStats');
