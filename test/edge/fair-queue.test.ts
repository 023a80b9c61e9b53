import { describe, expect, it } from 'vitest';
import { createFairQueue } from '../../src/node-fair-queue.js';

/** A clock the jobs advance: each CPU-bound job "takes" `cost` ms. */
function fakeClock() {
  let t = 0;
  return { now: () => t, spend: (ms: number) => (t += ms) };
}
const loopCameRound = (log: string[]) =>
  new Promise<void>((resolve) => setImmediate(() => resolve(void log.push('loop'))));

describe('the fair request queue of the Node server', () => {
  it('starts requests in the order they arrived', async () => {
    const run = createFairQueue();
    const started: number[] = [];
    await Promise.all([1, 2, 3, 4].map((n) => run(async () => started.push(n))));
    expect(started).toEqual([1, 2, 3, 4]);
  });

  it('lets the event loop come round between requests once a slice is used up', async () => {
    const clock = fakeClock();
    const run = createFairQueue({ sliceMs: 10, now: clock.now });
    const log: string[] = [];
    const job = (name: string) => run(async () => void log.push(name, String(clock.spend(20))));
    const jobs = [job('a'), job('b'), job('c')];
    // Queued behind the first start: runs only when the loop comes round (here, between two jobs).
    const loop = loopCameRound(log);
    await Promise.all([...jobs, loop]);
    expect(log.filter((entry) => /^[a-z]+$/.test(entry))).toEqual(['a', 'loop', 'b', 'c']);
  });

  it('runs cheap requests back to back within one slice', async () => {
    const clock = fakeClock();
    const run = createFairQueue({ sliceMs: 10, now: clock.now });
    const log: string[] = [];
    const jobs = ['a', 'b', 'c'].map((name) => run(async () => void log.push(name, String(clock.spend(1)))));
    const loop = loopCameRound(log);
    await Promise.all([...jobs, loop]);
    expect(log.filter((entry) => /^[a-z]+$/.test(entry))).toEqual(['a', 'b', 'c', 'loop']);
  });

  it('does not hold the queue while a request waits for I/O', async () => {
    const run = createFairQueue();
    let release: () => void = () => undefined;
    const io = new Promise<void>((resolve) => {
      release = resolve;
    });
    const order: string[] = [];
    const slow = run(async () => {
      order.push('slow started');
      await io;
      order.push('slow done');
    });
    const quick = run(async () => order.push('quick done'));
    await quick;
    release();
    await slow;
    expect(order).toEqual(['slow started', 'quick done', 'slow done']);
  });

  it('passes a failure to its caller and goes on with the next request', async () => {
    const run = createFairQueue();
    const failing = run(async () => {
      throw new Error('boom');
    });
    const next = run(async () => 'next');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
  });
});
