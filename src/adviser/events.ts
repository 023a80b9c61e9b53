/**
 * What changed on the adviser side, for the inbox's live updates. Ids only: the inbox fetches what it
 * may see through the API, so an event can never carry more than the reader is allowed.
 */
export type AdviserEvent =
  /** A case came in, or changed in a way the queue shows (claimed, finished, freed, employer wrote). */
  | { type: 'queue' }
  /** Something to show on the open case page (a message, a note, a new status). */
  | { type: 'case'; id: string };

/** The port; in memory on Node. A runtime with several instances backs it with something shared. */
export interface AdviserEvents {
  publish(event: AdviserEvent): void;
  subscribe(listener: (event: AdviserEvent) => void): () => void;
}

export function createInMemoryAdviserEvents(): AdviserEvents {
  const listeners = new Set<(event: AdviserEvent) => void>();
  return {
    publish(event) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch {
          // a broken stream must not break the action that published
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
