import { Command } from '@langchain/langgraph';
import { type AssessedCase, assessmentOf } from '../graph/assessed.js';
import type { GraphDeps } from '../graph/deps.js';
import type { ConversationGraph } from '../graph/graph.js';
import type { OutMessage, State } from '../graph/state.js';
import { ApiError } from '../http/errors.js';
import { type HandoffLimit, handoffRefused } from '../http/handoff-limit.js';
import { MAX_MESSAGE_LENGTH } from '../http/input-limits.js';
import { conversationDe } from '../i18n/conversation.de.js';
import { conversationEn } from '../i18n/conversation.en.js';
import { describeFact } from '../i18n/fact-labels.js';
import type { Logger } from '../logger.js';
import { understand as understandText } from '../nlu/understand.js';
import type { Channel, ConversationRecord, Storage, TranscriptMessage, TurnReference } from '../storage/ports.js';
import type { ConversationEvents } from './events.js';
import { parseFactChoice } from './fact-values.js';
import { createKeyedLock } from './keyed-lock.js';
import { currentFacts, FACTS_VERSION } from './partial-dates.js';
import { maskPersonalData } from './personal-data.js';
import { ACTION_KEY, actionOptions, CONSENT_KEY, type Lang } from './questions.js';
import type {
  ConversationStateView,
  ConversationView,
  EmployerInput,
  HandoffPort,
  HandoffStanding,
  TurnObservation,
  TurnResult,
} from './types.js';
import type { UnderstoodItem } from './understood.js';
import { urgencyBasisOf } from './urgency-basis.js';

export interface ConversationServiceDeps {
  graph: ConversationGraph;
  /** The rules, to compute the assessment shown again from what the state keeps of it (see `assessmentOf`). */
  assess: GraphDeps['assess'];
  /** Erases a thread's checkpoints. */
  deleteCheckpoints(threadId: string): Promise<void>;
  storage: Storage;
  today: () => string;
  now: () => string;
  newId: () => string;
  handoff: HandoffPort;
  /** Told after every employer turn the bot answered (the adviser side's statistics); never breaks a turn. */
  observe?: (turn: TurnObservation) => Promise<void>;
  /** Hand-offs per client and window (issue 15.6); no limit without it. */
  handoffLimit?: HandoffLimit;
  events: ConversationEvents;
  logger: Logger;
}

const ACTIONS = new Set(['handoff', 'restart']);

/** The typed value of a fact choice, for the transcript line ("Einreise 2019"); `unknown` stays as it is. */
function parsedValue(choice: NonNullable<EmployerInput['choice']>): unknown {
  const parsed = parseFactChoice(choice.factKey, choice.value);
  return parsed.ok && 'value' in parsed.choice ? parsed.choice.value : choice.value;
}
const closedText = (lang: Lang) => (lang === 'de' ? conversationDe.closed : conversationEn.closed);

export function createConversationService(deps: ConversationServiceDeps) {
  const { graph, storage } = deps;
  const withLock = createKeyedLock();
  const config = (id: string) => ({ configurable: { thread_id: id } });

  const observe = async (turn: TurnObservation) => {
    try {
      await deps.observe?.(turn);
    } catch (error) {
      deps.logger.warn('turn observer failed', { error: String(error) });
    }
  };

  const stamp = (out: OutMessage[]): TranscriptMessage[] =>
    out.map((m) => ({ id: deps.newId(), createdAt: deps.now(), ...m }));

  const publish = (id: string, messages: TranscriptMessage[], status?: State['status']) => {
    for (const message of messages) deps.events.publish(id, { type: 'message', message });
    if (status) deps.events.publish(id, { type: 'status', status });
  };

  const view = (values: State): ConversationStateView => {
    const assessment = assessmentOf(values, deps.assess);
    return {
      status: values.status,
      facts: currentFacts(values).facts ?? values.facts,
      ...(values.pending ? { pendingQuestion: values.pending } : {}),
      ...(assessment ? { assessment } : {}),
    };
  };

  /**
   * A logged turn's response again, rebuilt from what it references (issue 15.9): its messages from
   * the transcript, its state from the checkpoint written at the end of the turn.
   */
  /** The state as shown, with where a handed-over case stands (contract v1.1) while an adviser has it. */
  async function withStanding(id: string, state: ConversationStateView): Promise<ConversationStateView> {
    if (state.status !== 'with_adviser' || !deps.handoff.standing) return state;
    const handoff = await deps.handoff.standing(id);
    return handoff ? { ...state, handoff } : state;
  }

  async function replay(id: string, turn: TurnReference): Promise<TurnResult> {
    const byId = new Map((await storage.transcript.list(id)).map((m) => [m.id, m]));
    const messages = turn.messageIds.flatMap((messageId) => byId.get(messageId) ?? []);
    const at = turn.checkpointId ? { configurable: { thread_id: id, checkpoint_id: turn.checkpointId } } : config(id);
    const values = (await graph.getState(at)).values as State;
    return { messages, understood: turn.understood as UnderstoodItem[], state: await withStanding(id, view(values)) };
  }

  /**
   * Could this turn hand the case to an adviser? Only the "yes" to the hand-off consent does: a click
   * (already checked against the pending question) or free text that reads as a clear yes while the
   * consent is pending (pending question from the conversation row, or the state for rows stored before
   * it was kept there).
   */
  async function mayHandOver(id: string, record: ConversationRecord, input: EmployerInput, before?: State) {
    if (input.choice) return input.choice.factKey === CONSENT_KEY && input.choice.value === 'yes';
    if (input.text === undefined) return false;
    if (record.pendingQuestion !== undefined && record.pendingQuestion !== CONSENT_KEY) return false;
    const state = before ?? (await currentState(id));
    if (state.pending?.factKey !== CONSENT_KEY) return false;
    // Only a clear yes hands over, read as the graph reads the consent (deterministic, never by the LLM):
    // "Natürlich nicht" or a question while the consent is pending takes no hand-off from the client.
    const reply = understandText(input.text, {
      lang: state.lang,
      today: deps.today(),
      facts: state.facts,
      ...(state.lastFactKeys ? { lastFactKeys: state.lastFactKeys } : {}),
      expectsYesNo: true,
    });
    return reply.intents.includes('affirm');
  }

  async function currentState(id: string): Promise<State> {
    return (await graph.getState(config(id))).values as State;
  }

  async function mustGet(id: string) {
    const record = await storage.conversations.get(id);
    if (!record) throw new ApiError('not_found', `no conversation ${id}`);
    return record;
  }

  /**
   * A click answers the pending question (its options, the hand-off consent) or sets any fact at any
   * time (contract v1.1), checked against that fact's schema; anything else is a 400 that says why.
   */
  function checkChoice(state: State, choice: NonNullable<EmployerInput['choice']>, pendingOnly = false) {
    if (choice.factKey === ACTION_KEY && ACTIONS.has(choice.value)) return;
    const pending = state.pending;
    if (pending?.factKey === choice.factKey && pending.options.some((o) => o.value === choice.value)) return;
    if (choice.factKey === CONSENT_KEY || choice.factKey === ACTION_KEY || pendingOnly) {
      throw new ApiError('invalid_request', `the choice ${choice.factKey}=${choice.value} was not offered`, [
        {
          path: 'choice',
          message: pending ? `expected factKey "${pending.factKey}" with one of its options` : 'no question is pending',
        },
      ]);
    }
    const parsed = parseFactChoice(choice.factKey, choice.value);
    if (!parsed.ok)
      throw new ApiError('invalid_request', parsed.message, [{ path: 'choice', message: parsed.message }]);
  }

  const employerText = (state: State | undefined, input: EmployerInput, lang: Lang) => {
    // Names and birth dates are not kept (review S5-22): the graph reads the message as typed, the transcript holds placeholders.
    if (input.text !== undefined) return maskPersonalData(input.text, lang).text;
    const choice = input.choice;
    const offered = state?.pending?.factKey === choice?.factKey ? state?.pending?.options : undefined;
    // An action button (talk to a person, start again) is shown in the transcript with its label too.
    const actions = choice?.factKey === ACTION_KEY ? actionOptions(state?.lang ?? 'de') : undefined;
    const label = (offered ?? actions)?.find((o) => o.value === choice?.value)?.label;
    if (label || !choice) return label ?? '';
    return describeFact(choice.factKey, parsedValue(choice), state?.lang ?? 'de');
  };

  return {
    async create(lang: Lang, channel: Channel = 'web'): Promise<ConversationView> {
      const id = deps.newId();
      const at = deps.now();
      const values = (await graph.invoke(
        { lang, lawAsOf: deps.today(), factsVersion: FACTS_VERSION },
        config(id),
      )) as State;
      // Stored after the greeting ran, with the question it asks (checkpoints a crash leaves without
      // their row are swept by retention).
      await storage.conversations.create({
        id,
        channel,
        lang,
        status: 'collecting',
        createdAt: at,
        updatedAt: at,
        closedAt: null,
        pendingQuestion: values.pending?.factKey ?? '',
      });
      const messages = stamp(values.outbox);
      await storage.transcript.append(id, messages);
      return { id, lang, channel, messages, state: view(values) };
    },

    async post(id: string, input: EmployerInput): Promise<TurnResult> {
      // Every channel's limit, also for callers without a schema of their own (Slack).
      if (input.text !== undefined && input.text.length > MAX_MESSAGE_LENGTH)
        throw new ApiError('invalid_request', `text must be at most ${MAX_MESSAGE_LENGTH} characters`, [
          { path: 'text', message: `at most ${MAX_MESSAGE_LENGTH} characters` },
        ]);
      return withLock(id, async () => {
        const record = await mustGet(id);
        if (record.status === 'closed') throw new ApiError('conversation_closed', 'this conversation is closed');
        if (input.clientMessageId) {
          const previous = await storage.turns.find(id, input.clientMessageId);
          if (previous) return replay(id, previous);
        }
        // The state before the turn is read only where it is needed (reading and parsing the
        // checkpoint is a good part of a turn): to check a click against the question it answers and
        // to label it in the transcript, and for the reply while an adviser has the conversation.
        const withAdviser = record.status === 'with_adviser';
        const before = input.choice || withAdviser ? await currentState(id) : undefined;
        if (input.choice && before) checkChoice(before, input.choice, input.pendingOnly);
        if (deps.handoffLimit && input.client && !withAdviser && (await mayHandOver(id, record, input, before))) {
          const slot = await deps.handoffLimit.take(input.client);
          if (!slot.ok) throw handoffRefused(slot.retryAfterMs);
        }
        const employerMessage: TranscriptMessage = {
          id: deps.newId(),
          role: 'employer',
          text: employerText(before, input, record.lang),
          createdAt: deps.now(),
        };
        let result: TurnResult;
        if (withAdviser && before) {
          // The bot is silent while an adviser has the conversation; the message goes to the adviser.
          await storage.transcript.append(id, [employerMessage]);
          await storage.conversations.update(id, {}, deps.now());
          await deps.handoff.employerMessage(id, employerMessage);
          result = { messages: [], understood: [], state: await withStanding(id, view(before)) };
        } else {
          const resume = {
            ...(input.text !== undefined ? { text: input.text } : {}),
            ...(input.choice ? { choice: input.choice } : {}),
            today: deps.today(),
          };
          const values = (await graph.invoke(new Command({ resume }), config(id))) as State;
          const messages = stamp(values.outbox);
          await storage.transcript.append(id, [employerMessage, ...messages]);
          const pendingQuestion = values.pending?.factKey ?? '';
          await storage.conversations.update(id, { status: values.status, pendingQuestion }, deps.now());
          publish(id, messages, values.status !== record.status ? values.status : undefined);
          if (values.status === 'with_adviser' && values.handover)
            await deps.handoff.caseHandedOver({
              ...values.handover,
              conversationId: id,
              channel: record.channel,
              lang: record.lang,
              facts: values.facts,
              unknown: values.unknown,
              at: deps.now(),
              urgencyBasis: await urgencyBasisOf(graph, id, values.facts, () => storage.transcript.list(id)),
            });
          result = { messages, understood: values.understood ?? [], state: await withStanding(id, view(values)) };
          await observe({
            conversationId: id,
            startedAt: record.createdAt,
            channel: record.channel,
            lang: record.lang,
            status: values.status,
            facts: values.facts,
            outcome: result.state.assessment?.outcome ?? null,
          });
        }
        if (input.clientMessageId)
          await storage.turns.save(
            id,
            input.clientMessageId,
            { messageIds: result.messages.map((m) => m.id), understood: result.understood ?? [] },
            deps.now(),
          );
        return result;
      });
    },

    /** An adviser's reply goes to the employer; the bot stays silent. */
    async adviserReply(id: string, text: string): Promise<TranscriptMessage> {
      return withLock(id, async () => {
        const record = await mustGet(id);
        if (record.status !== 'with_adviser') throw new ApiError('conflict', 'the conversation is not with an adviser');
        const message: TranscriptMessage = { id: deps.newId(), role: 'adviser', text, createdAt: deps.now() };
        await storage.transcript.append(id, [message]);
        await storage.conversations.update(id, {}, deps.now());
        publish(id, [message]);
        return message;
      });
    },

    /** The adviser hands the conversation back: the bot answers again from where it was. */
    async handBack(id: string): Promise<TurnResult> {
      return withLock(id, async () => {
        const record = await mustGet(id);
        if (record.status !== 'with_adviser') throw new ApiError('conflict', 'the conversation is not with an adviser');
        const values = (await graph.invoke(new Command({ resume: { kind: 'returned' } }), config(id))) as State;
        const messages = stamp(values.outbox);
        await storage.transcript.append(id, messages);
        const pendingQuestion = values.pending?.factKey ?? '';
        await storage.conversations.update(id, { status: values.status, pendingQuestion }, deps.now());
        publish(id, messages, values.status);
        return { messages, state: view(values) };
      });
    },

    /** Closes the conversation for good (an adviser's outcome, or retention). */
    async close(id: string): Promise<void> {
      await withLock(id, async () => {
        const record = await mustGet(id);
        if (record.status === 'closed') return;
        const message: TranscriptMessage = {
          id: deps.newId(),
          role: 'system',
          text: closedText(record.lang),
          createdAt: deps.now(),
        };
        await storage.transcript.append(id, [message]);
        await storage.conversations.update(id, { status: 'closed', closedAt: deps.now() }, deps.now());
        publish(id, [message], 'closed');
      });
    },

    /**
     * The advisers changed where the case stands (claimed, or freed by an admin): the employer's open
     * streams are told, so the widget says "taken" at the claim, not only at the first reply. Runs where
     * the conversation's streams are held (its Durable Object on Workers).
     */
    async handoffChanged(id: string): Promise<HandoffStanding | undefined> {
      const record = await mustGet(id);
      if (record.status !== 'with_adviser' || !deps.handoff.standing) return undefined;
      const handoff = await deps.handoff.standing(id);
      if (handoff) deps.events.publish(id, { type: 'handoff', handoff });
      return handoff;
    },

    subscribe: (id: string, listener: Parameters<ConversationEvents['subscribe']>[1]) =>
      deps.events.subscribe(id, listener),

    async get(id: string): Promise<ConversationView> {
      const record = await mustGet(id);
      const values = await currentState(id);
      const messages = await storage.transcript.list(id);
      return {
        id,
        lang: record.lang,
        channel: record.channel,
        messages,
        state: await withStanding(id, { ...view(values), status: record.status }),
      };
    },

    /**
     * What the verdict shown to the employer was computed from (facts, law-as-of date, "weiß nicht" answers,
     * language), or null before a verdict: the watch (issue 20) assesses it again with a later date.
     */
    async verdictCase(id: string): Promise<AssessedCase | null> {
      const values = await currentState(id);
      if (values.assessed) return values.assessed;
      const shown = values.assessment;
      return shown
        ? { facts: values.facts, lawAsOf: shown.lawAsOf, unknown: values.unknown ?? [], lang: values.lang }
        : null;
    },

    async remove(id: string): Promise<void> {
      await withLock(id, async () => {
        const deleted = await storage.conversations.delete(id);
        if (!deleted) throw new ApiError('not_found', `no conversation ${id}`);
        await deps.deleteCheckpoints(id);
        if (!(await storage.erasure.settle())) deps.logger.warn('erasure not yet written through to the file');
      });
    },
  };
}

export type ConversationService = ReturnType<typeof createConversationService>;
