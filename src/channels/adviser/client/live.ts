import { API_BASE } from './api.js';

export type LiveEvent = { type: 'queue' } | { type: 'case'; id: string };

/**
 * Server-sent events from the adviser API (ids only; the views fetch what changed). EventSource
 * reconnects by itself; while it is down a slow poll keeps the view from going stale.
 */
export function connectLive(handlers: {
  event(event: LiveEvent): void;
  state(connected: boolean): void;
  poll(): void;
}): () => void {
  const POLL_MS = 30_000;
  let source: EventSource | undefined;
  let poll: ReturnType<typeof setInterval> | undefined;
  const startPolling = () => {
    poll ??= setInterval(handlers.poll, POLL_MS);
  };
  const stopPolling = () => {
    if (poll !== undefined) clearInterval(poll);
    poll = undefined;
  };
  try {
    source = new EventSource(`${API_BASE}/events`, { withCredentials: true });
    source.addEventListener('ready', () => {
      stopPolling();
      handlers.state(true);
    });
    source.addEventListener('error', () => {
      startPolling();
      handlers.state(false);
    });
    source.addEventListener('queue', () => handlers.event({ type: 'queue' }));
    source.addEventListener('case', (message) => {
      const data = JSON.parse((message as MessageEvent<string>).data) as { id?: string };
      if (data.id) handlers.event({ type: 'case', id: data.id });
    });
  } catch {
    startPolling();
  }
  return () => {
    source?.close();
    stopPolling();
  };
}
