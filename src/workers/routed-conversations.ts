import type { DurableObjectNamespace } from '@cloudflare/workers-types/index.js';
import type { ConversationService } from '../conversation/service.js';
import type { EmployerInput, HandoffStanding, TurnResult } from '../conversation/types.js';
import type { SlackThread, TranscriptMessage } from '../storage/ports.js';
import { type RpcResult, unwrap } from './rpc-result.js';

/** The methods of ConversationObject the Worker calls (see conversation-object.ts). */
export interface ConversationRpc {
  post(id: string, input: EmployerInput): Promise<RpcResult<TurnResult>>;
  adviserReply(id: string, text: string): Promise<RpcResult<TranscriptMessage>>;
  handBack(id: string): Promise<RpcResult<TurnResult>>;
  close(id: string): Promise<RpcResult<void>>;
  remove(id: string): Promise<RpcResult<void>>;
  handoffChanged(id: string): Promise<RpcResult<HandoffStanding | undefined>>;
  slackTurn(thread: SlackThread, input: EmployerInput): Promise<RpcResult<void>>;
}

/**
 * The Durable Object of one conversation: one per conversation id, wherever in the world the
 * request arrives. (The RPC methods are typed by ConversationRpc: the namespace binding is declared
 * untyped, as the Worker's Env cannot import the object's class without a cycle.)
 */
export const conversationStub = (objects: DurableObjectNamespace, id: string) => objects.get(objects.idFromName(id));
export const conversationObject = (objects: DurableObjectNamespace, id: string): ConversationRpc =>
  conversationStub(objects, id) as unknown as ConversationRpc;

/** The path of a conversation's live event stream, which its Durable Object serves. */
const LIVE_EVENTS =
  /^\/api\/v1\/conversations\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/events$/i;

/** The conversation id when `request` asks for a conversation's live events; anything else stays on the edge. */
export function liveEventsOf(request: { method: string; url: string }): string | undefined {
  if (request.method !== 'GET') return undefined;
  return LIVE_EVENTS.exec(new URL(request.url).pathname)?.[1];
}

/**
 * Methods that change a conversation run in its Durable Object, so they are serialised there (one
 * turn at a time, however many isolates the requests arrive at) and their live events reach every
 * connected client. Creating (a fresh id nobody else knows yet) and reading run where the request
 * is. A new method that writes a conversation must be added here: test/workers/ checks the list.
 */
export const ROUTED_METHODS = ['post', 'adviserReply', 'handBack', 'close', 'remove', 'handoffChanged'] as const;
export const LOCAL_METHODS = ['create', 'get', 'subscribe', 'verdictCase'] as const;

export function routeConversations(local: ConversationService, objects: DurableObjectNamespace): ConversationService {
  const object = (id: string) => conversationObject(objects, id);
  const routed: Pick<ConversationService, (typeof ROUTED_METHODS)[number]> = {
    post: async (id, input) => unwrap(await object(id).post(id, input)),
    adviserReply: async (id, text) => unwrap(await object(id).adviserReply(id, text)),
    handBack: async (id) => unwrap(await object(id).handBack(id)),
    close: async (id) => unwrap(await object(id).close(id)),
    remove: async (id) => unwrap(await object(id).remove(id)),
    // Publishes a live event: only the object holds the conversation's streams.
    handoffChanged: async (id) => unwrap(await object(id).handoffChanged(id)),
  };
  return { ...local, ...routed };
}
