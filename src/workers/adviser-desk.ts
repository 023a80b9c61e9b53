import type { DurableObjectNamespace } from '@cloudflare/workers-types/index.js';
import type { AdviserEvent, AdviserEvents } from '../adviser/events.js';

/** The one desk of a deployment: every inbox's live stream is held there (adviser-desk-object.ts). */
const DESK = 'desk';

/** The path of the inbox's live stream, which the desk object serves. */
export const ADVISER_EVENTS_PATH = '/api/v1/adviser/events';

interface DeskRpc {
  publish(event: AdviserEvent): Promise<void>;
}

export const deskStub = (desks: DurableObjectNamespace) => desks.get(desks.idFromName(DESK));

/**
 * The AdviserEvents port everywhere but in the desk: a change is sent to the desk object (kept
 * alive with the request or the calling object). Nothing outside the desk subscribes: the only
 * listener, the inbox's stream, is forwarded to the desk.
 */
export function deskEvents(desks: DurableObjectNamespace, keepAlive: (task: Promise<unknown>) => void): AdviserEvents {
  return {
    publish(event) {
      // A lost update costs an inbox a refresh, never the action that published it.
      keepAlive((deskStub(desks) as unknown as DeskRpc).publish(event).catch(() => undefined));
    },
    subscribe() {
      return () => undefined;
    },
  };
}
