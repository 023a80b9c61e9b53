import { dummyHash, hashPassword, type ScryptCost, verifyPassword } from './password.js';

export interface PasswordGateOptions {
  /**
   * Password hashes running at once. scrypt runs on libuv's thread pool (four threads by default),
   * which file reads and DNS share: two leave the others free whatever a login flood does.
   */
  maxConcurrent?: number;
  /** Waits without work (tests may pass a fake). */
  sleep?: (ms: number) => Promise<void>;
  /** Monotonic milliseconds, for measuring how long a real check takes. */
  clock?: () => number;
  /** scrypt parameters of new hashes (the calibration hash too); OWASP's by default. */
  cost?: ScryptCost;
  hash?: (password: string) => Promise<string>;
  verify?: (password: string, stored: string) => Promise<boolean>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A counting semaphore: at most `size` tasks run, the rest wait in order. */
function createLimiter(size: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

/**
 * Every password hash of the adviser side passes through here: at most `maxConcurrent` at a time,
 * and `pace()` lets a login that checks no password (unknown address, locked account) take as long
 * as one that does, without occupying the pool: it waits the measured time of real checks instead.
 */
export function createPasswordGate(options: PasswordGateOptions = {}) {
  const limit = createLimiter(options.maxConcurrent ?? 2);
  const sleep = options.sleep ?? realSleep;
  const clock = options.clock ?? (() => performance.now());
  const hash = options.hash ?? ((password: string) => hashPassword(password, options.cost));
  const verify = options.verify ?? verifyPassword;
  /** Moving average of a real check's duration, queueing included; undefined until one was measured. */
  let typicalMs: number | undefined;
  /** Settles when the first real check has been measured. */
  let firstMeasured: Promise<unknown> | undefined;
  let measured = () => {};
  let checking = 0;

  async function timedVerify(password: string, stored: string): Promise<boolean> {
    const started = clock();
    checking++;
    try {
      return await limit(() => verify(password, stored));
    } finally {
      checking--;
      const took = clock() - started;
      typicalMs = typicalMs === undefined ? took : typicalMs * 0.8 + took * 0.2;
      measured();
    }
  }

  return {
    hash: (password: string) => limit(() => hash(password)),
    verify: timedVerify,
    /** As long as a real check, without one; the very first call measures one (once per process). */
    async pace(): Promise<void> {
      if (typicalMs === undefined) {
        // Nothing measured yet: wait for a check under way, or run one on a throwaway hash.
        firstMeasured ??=
          checking > 0
            ? new Promise<void>((resolve) => {
                measured = resolve;
              })
            : limit(() => dummyHash(options.cost)).then((stored) => timedVerify('calibration', stored));
        await firstMeasured;
        return;
      }
      await sleep(typicalMs);
    },
  };
}

export type PasswordGate = ReturnType<typeof createPasswordGate>;
