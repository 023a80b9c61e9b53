import { spawn } from 'node:child_process';
import { freePort } from '../../test/support/server-process.js';

export interface LoadServer {
  url: string;
  /** Error log lines the server wrote (JSON), so a 5xx comes with its cause. */
  errors: string[];
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** The real Node entry as a child process, like test/support/server-process.ts, keeping its error logs. */
export async function startLoadServer(env: Record<string, string>, errors: string[] = []): Promise<LoadServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, ...env, LOG_LEVEL: 'error', PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let buffered = '';
  child.stdout.on('data', (chunk) => {
    buffered += String(chunk);
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    errors.push(...lines.filter((l) => l.includes('"level":"error"')));
  });
  child.stderr.on('data', (chunk) => errors.push(String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${errors.join('\n')}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('server did not start within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    errors,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
