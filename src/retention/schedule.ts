import type { Logger } from '../logger.js';
import type { Retention } from './retention.js';

/**
 * Runs the retention sweep now and then every `intervalMs` (long-running Node process). A failed
 * sweep is logged and retried at the next tick; the timer never keeps the process alive.
 */
export function scheduleRetention(retention: Retention, intervalMs: number, logger: Logger): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await retention.sweep();
    } catch (error) {
      logger.error('retention sweep failed', { error: error instanceof Error ? error.message : String(error) });
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(run, intervalMs);
  (timer as { unref?: () => void }).unref?.();
  return () => clearInterval(timer);
}
