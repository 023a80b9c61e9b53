/**
 * Starts requests one after another, in the order they arrived, and lets the event loop come round
 * (poll for I/O, accept a connection) whenever a slice of time is used up.
 *
 * Why: Node (libuv) accepts at most one new connection per event-loop iteration, and reads every
 * ready keep-alive socket in each. A turn is CPU work without real I/O (synchronous SQLite, the graph
 * as one promise chain), so under load one iteration ran every request that had arrived: hundreds of
 * milliseconds, and a client on a new connection waited one such iteration per connection ahead of
 * it in the accept queue (50 employers at once: the last ones 10–16 s while the others got their
 * answers in 0.3 s). Queued here, a request costs the loop little to take in, the loop comes round
 * every `sliceMs` or so, new connections are accepted at the pace requests are served, and everyone
 * is served first come, first served.
 *
 * Only starts are queued: a request that waits for real I/O (an LLM, Slack, a live event stream) lets
 * the next one start in the following iteration, and nothing limits how many are in progress.
 */
export function createFairQueue(options: { sliceMs?: number; now?: () => number } = {}) {
  const sliceMs = options.sliceMs ?? 10;
  const now = options.now ?? (() => performance.now());
  const waiting: Array<() => Promise<unknown>> = [];
  let sliceStarted = 0;
  let scheduled = false;

  /** The next start, in the next iteration: after the loop has polled for I/O. */
  const startLater = () => {
    if (scheduled || waiting.length === 0) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      sliceStarted = now();
      startNext();
    });
  };

  function startNext() {
    const start = waiting.shift();
    if (!start) return;
    start().finally(() => {
      // Finished within the slice: the next one follows at once; otherwise the loop comes round first.
      if (now() - sliceStarted < sliceMs) startNext();
      else startLater();
    });
    // Still running once the microtasks are drained means it waits for I/O: the next one may start.
    startLater();
  }

  return function run<T>(work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      waiting.push(() => {
        const result = Promise.resolve().then(work);
        result.then(resolve, reject);
        return result.catch(() => undefined);
      });
      startLater();
    });
  };
}
