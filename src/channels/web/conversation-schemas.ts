import { z } from '@hono/zod-openapi';
import { AnswerCardSchema } from '../../answer/card-schema.js';
import { Assessment, Citation } from '../../domain/assessment.js';
import { CaseFacts } from '../../domain/facts.js';
import { MAX_MESSAGE_LENGTH } from '../../http/input-limits.js';
import { StateNotice } from '../../watch/notice-view.js';

export const MAX_TEXT = MAX_MESSAGE_LENGTH;

export const Lang = z.enum(['de', 'en']);
export const ConversationId = z.object({ id: z.uuid('conversation id must be a UUID') });

export const CreateConversationBody = z
  .object({ lang: Lang.default('de') })
  .strict()
  .openapi('CreateConversation');

export const PostMessageBody = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, 'text must not be empty')
      .max(MAX_TEXT, `text must be at most ${MAX_TEXT} characters`)
      .optional(),
    // The pending question's option, or any fact key with a value its schema accepts (contract v1.1).
    choice: z
      .object({ factKey: z.string().min(1).max(64), value: z.string().min(1).max(64) })
      .strict()
      .optional()
      .openapi({ example: { factKey: 'entryDate', value: '2019-05' } }),
    clientMessageId: z.string().min(1).max(100).optional(),
  })
  .strict()
  .refine((b) => (b.text === undefined) !== (b.choice === undefined), {
    message: 'send exactly one of text or choice',
    path: ['text'],
  })
  .openapi('PostMessage');

const QuickReply = z.object({ value: z.string(), label: z.string() });
export const BotMessage = z
  .object({
    id: z.string(),
    role: z.enum(['employer', 'bot', 'adviser', 'system']),
    text: z.string(),
    createdAt: z.string(),
    options: z.array(QuickReply).optional(),
    citations: z.array(Citation).optional(),
    /** v1.1 addition: the verdict's answer card (headline, steps, facts, details), on the message that carries a verdict. */
    answer: AnswerCardSchema.optional(),
  })
  .openapi('BotMessage');

export const StateSchema = z
  .object({
    status: z.enum(['collecting', 'answered', 'with_adviser', 'closed']),
    facts: CaseFacts,
    pendingQuestion: z.object({ factKey: z.string(), text: z.string(), options: z.array(QuickReply) }).optional(),
    assessment: Assessment.optional(),
    /** v1.1 addition: what happened to the case since the verdict (a change of the law, a date that fell due). */
    notices: z.array(StateNotice).optional(),
    /** v1.1 addition: while an adviser has the conversation, whether one has taken the case (live event `handoff` at the claim). */
    handoff: z
      .object({ status: z.enum(['queued', 'taken']), since: z.string() })
      .optional()
      .openapi('HandoffStanding'),
  })
  .openapi('ConversationState');

/** Contract v1.1: one fact the turn added or changed; `previous` when it corrected an earlier value. */
export const UnderstoodFact = z
  .object({
    factKey: z.string().openapi({ example: 'toleratedSince' }),
    value: z.unknown().openapi({ example: '2025-09' }),
    previous: z.unknown().optional(),
    text: z.string().openapi({ example: 'Duldung seit 09/2025' }),
  })
  .openapi('UnderstoodFact');

export const TurnResponse = z
  .object({ messages: z.array(BotMessage), understood: z.array(UnderstoodFact).optional(), state: StateSchema })
  .openapi('TurnResponse');
export const ConversationResponse = TurnResponse.extend({
  id: z.string(),
  lang: Lang,
  channel: z.enum(['web', 'slack']),
}).openapi('Conversation');
export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi('Error');
