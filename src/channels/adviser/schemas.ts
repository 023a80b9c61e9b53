import { z } from '@hono/zod-openapi';
import { CLOSE_OUTCOMES } from '../../storage/adviser-port.js';

export const MAX_REPLY = 4000;

export const UiLang = z.object({ lang: z.enum(['de', 'en']).default('de') });
export const EscalationId = z.object({ id: z.uuid('escalation id must be a UUID') });
export const AdviserId = z.object({ id: z.uuid('adviser id must be a UUID') });

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

export const ListQuery = UiLang.extend({ queue: z.enum(['open', 'done', 'all']).default('open') });
export const AuditQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });

const AdviserRef = z.object({ id: z.string(), name: z.string() });
export const Adviser = z
  .object({ id: z.string(), email: z.string(), name: z.string(), role: z.enum(['adviser', 'admin']) })
  .openapi('Adviser');
export const SessionResponse = z
  .object({ adviser: Adviser, csrfToken: z.string(), expiresAt: z.string() })
  .openapi('AdviserSession');

export const EscalationSummary = z
  .object({
    id: z.string(),
    caseNumber: z.number().int(),
    channel: z.enum(['web', 'slack']),
    lang: z.enum(['de', 'en']),
    trigger: z.enum(['assessment', 'request', 'not_understood', 'employer_choice']),
    triggerLabel: z.string(),
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
    headline: z.string(),
    createdAt: z.string(),
    claimedBy: AdviserRef.nullable(),
    outcome: z.string().nullable(),
  })
  .openapi('EscalationSummary');
export const EscalationList = z.object({ escalations: z.array(EscalationSummary) }).openapi('EscalationList');

export const CaseCard = EscalationSummary.extend({
  facts: z.array(z.object({ key: z.string(), label: z.string(), value: z.string() })),
  assessment: z.object({
    outcome: z.string(),
    verdictLabel: z.string(),
    reasons: z.array(z.object({ code: z.string(), text: z.string() })),
    openQuestions: z.array(z.string()),
    missingFacts: z.array(z.object({ key: z.string(), label: z.string() })),
    full: z.record(z.string(), z.unknown()),
  }),
  transcript: z.array(z.object({ id: z.string(), role: z.string(), text: z.string(), createdAt: z.string() })),
  notes: z.array(z.object({ id: z.string(), adviser: AdviserRef, text: z.string(), createdAt: z.string() })),
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
        detail: z.string().nullable(),
      }),
    ),
  })
  .openapi('AuditLog');
