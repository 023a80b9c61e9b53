import { z } from 'zod';
import { CaseDateKind, EndingEvent, Outcome } from '../domain/assessment.js';
import type { AnswerCard } from './card.js';

const Item = z.object({ text: z.string(), lead: z.string().optional(), refs: z.array(z.number().int()) });

/** The answer card as the API documents it (BotMessage.answer, v1.1 addition); see card.ts for the meaning. */
export const AnswerCardSchema = z.object({
  kind: z.literal('verdict'),
  lang: z.enum(['de', 'en']),
  lawAsOf: z.string(),
  outcome: Outcome,
  tone: z.enum(['ban', 'no', 'wait', 'go', 'open']),
  label: z.string(),
  headline: z.string(),
  event: EndingEvent.optional(),
  earliestStart: z.string().optional(),
  dates: z
    .array(
      z.object({
        id: z.string(),
        kind: CaseDateKind,
        date: z.string(),
        label: z.string(),
        text: z.string(),
        refs: z.array(z.number().int()),
      }),
    )
    .optional(),
  steps: z.array(z.object({ text: z.string(), date: z.string().optional(), refs: z.array(z.number().int()) })),
  facts: z.array(z.object({ key: z.string(), name: z.string(), text: z.string() })),
  sections: z.array(
    z.object({
      id: z.enum(['instead', 'steps', 'documents', 'duties', 'dates', 'risks', 'routes', 'open', 'sources']),
      title: z.string(),
      items: z.array(Item),
      folded: z.object({ text: z.string(), items: z.array(Item) }).optional(),
    }),
  ),
  sources: z.array(
    z.object({
      n: z.number().int(),
      entryId: z.string(),
      title: z.string(),
      legalBasis: z.array(z.string()),
      reviewedAt: z.string(),
      links: z.array(z.object({ title: z.string(), url: z.string() })),
    }),
  ),
  escalation: z.object({ urgent: z.boolean(), title: z.string(), reasons: z.array(z.string()) }).optional(),
  unchanged: z.literal(true).optional(),
  footer: z.string(),
});

// The documented schema and the type the code uses must describe the same object.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const schemaMatchesType: Same<z.infer<typeof AnswerCardSchema>, AnswerCard> = true;
