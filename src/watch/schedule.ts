import type { Logger } from '../logger.js';
import type { Watch } from './setup.js';

/**
 * Node: the watch's pass now and then every `runEveryMs` (hourly), and the outbox every `deliverEveryMs`, so a
 * retry does not wait for the next pass. A failed pass is logged and tried again; timers never keep the
 * process alive, and a pass never overlaps the one before.
 */
export function scheduleWatch(
  watch: Pick<Watch, 'run' | 'deliver'>,
  options: { runEveryMs: number; deliverEveryMs: number; logger: Logger },
): () => void {
  let busy = false;
  const guarded = (what: string, work: () => Promise<unknown>) => async () => {
    if (busy) return;
    busy = true;
    try {
      await work();
    } catch (error) {
      options.logger.error(`watch ${what} failed`, { error: error instanceof Error ? error.name : 'unknown' });
    } finally {
      busy = false;
    }
  };
  const pass = guarded('pass', async () => {
    await watch.run();
    await watch.deliver();
  });
  const deliver = guarded('delivery', () => watch.deliver());
  void pass();
  const timers = [setInterval(pass, options.runEveryMs), setInterval(deliver, options.deliverEveryMs)];
  for (const timer of timers) (timer as { unref?: () => void }).unref?.();
  return () => {
    for (const timer of timers) clearInterval(timer);
  };
}
