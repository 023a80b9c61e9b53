import type { HandoffStanding, Message, Status } from './types.js';

export type LiveEvent =
  | { type: 'message'; message: Message }
  | { type: 'status'; status: Status }
  | { type: 'handoff'; handoff: HandoffStanding };

export interface LiveOptions {
  url: string;
  onEvent(event: LiveEvent): void;
  /** Called when the stream (re)connects and on every poll: fetch the conversation to catch up. */
  refresh(): void;
  pollMs?: number;
  /** Forces polling (tests, or hosts whose proxies break streaming). */
  forcePolling?: boolean;
}

/**
 * Follows a conversation live: server-sent events, and if EventSource is missing or fails,
 * polling with GET every few seconds. Returns a stop function.
 */
export function followLive(options: LiveOptions): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  let source: EventSource | undefined;
  const poll = () => {
    source?.close();
    source = undefined;
    if (timer === undefined) timer = setInterval(options.refresh, options.pollMs ?? 4000);
    options.refresh();
  };
  if (options.forcePolling || typeof EventSource === 'undefined') poll();
  else {
    source = new EventSource(options.url);
    let failures = 0;
    const parse = (e: MessageEvent<string>) => {
      try {
        options.onEvent(JSON.parse(e.data) as LiveEvent);
      } catch {
        // a malformed event is dropped; the next refresh restores the transcript
      }
    };
    source.addEventListener('ready', () => {
      failures = 0;
      options.refresh();
    });
    source.addEventListener('message', parse);
    source.addEventListener('status', parse);
    source.addEventListener('handoff', parse);
    // A closed stream (HTTP error) or repeated reconnect failures: fall back to polling for good.
    source.onerror = () => {
      failures += 1;
      if (source?.readyState === EventSource.CLOSED || failures >= 2) poll();
    };
  }
  return () => {
    source?.close();
    if (timer !== undefined) clearInterval(timer);
  };
}
