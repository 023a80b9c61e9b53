import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OFFLINE_ENV, WRANGLER_BIN } from '../../../scripts/wrangler.js';
import { freePort } from '../../support/server-process.js';

export interface WorkerDev {
  url: string;
  /** The workerd processes wrangler started (the Worker's and its dev proxy's), for CPU measurements. */
  workerdPids(): number[];
  /** Runs SQL against the Worker's local D1 (the same persistence directory). */
  sql(statement: string): void;
  stop(): Promise<void>;
}

const wranglerEnv = { ...process.env, ...OFFLINE_ENV, CI: '1' };

/**
 * How long `wrangler dev` may take to answer. Alone it is ready in ~10 s; on the shared 2-core machine
 * with several test runs at once, bundling the Worker and starting workerd took minutes. A generous
 * limit, not a speed check: callers' hooks allow START_LIMIT_MS plus the migrations.
 */
export const START_LIMIT_MS = 300_000;
/** Once the port accepts connections, the first request (the bundle's first evaluation) may be slow too. */
const PROBE_TIMEOUT_MS = 30_000;
const POLL_INTERVAL_MS = 500;

const tail = (text: string, chars = 4_000) => (text.length > chars ? `…${text.slice(-chars)}` : text);

/** Runs wrangler to completion without blocking the event loop (the browser starts meanwhile). */
function runWrangler(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(WRANGLER_BIN, args, { env: wranglerEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += String(chunk);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const timer = setTimeout(() => child.kill('SIGKILL'), START_LIMIT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`wrangler ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${tail(output)}`));
    });
  });
}

/**
 * The Worker as `npm run dev:worker` runs it (wrangler dev: workerd, local D1, dist/ as assets),
 * on free ports and a temporary persistence directory with the migrations applied. dist/ and the
 * knowledge bundle must be built (npm test's pretest does it).
 */
export async function startWorkerDev(
  vars: Record<string, string> = {},
  options: { untouched?: boolean } = {},
): Promise<WorkerDev> {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-worker-dev-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  try {
    await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', dir]);
  } catch (error) {
    removeDir();
    throw error;
  }
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const child: ChildProcess = spawn(
    WRANGLER_BIN,
    [
      'dev',
      ...['--port', String(port), '--ip', '127.0.0.1', '--inspector-port', String(inspectorPort)],
      ...['--persist-to', dir, '--show-interactive-dev-session=false', '--log-level', 'info'],
      ...Object.entries(vars).flatMap(([k, v]) => ['--var', `${k}:${v}`]),
    ],
    // Its own process group, so that stopping it also stops workerd, which wrangler starts.
    { env: wranglerEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  // Both streams whole: "Ready on" may arrive split across chunks, and a failure needs the output.
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (exited() || child.pid === undefined) {
        removeDir();
        return resolve();
      }
      const pid = child.pid;
      // wrangler normally stops workerd and exits within a second; never leave the group running.
      const kill = setTimeout(() => process.kill(-pid, 'SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(kill);
        removeDir();
        resolve();
      });
      process.kill(-pid, 'SIGTERM');
    });

  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  let lastProbe = 'no probe yet';
  for (;;) {
    if (exited()) {
      removeDir();
      throw new Error(
        `wrangler dev exited (${child.signalCode ?? `exit ${child.exitCode}`}) before it was ready:\n${tail(output)}`,
      );
    }
    // `untouched`: the Worker gets no request before the caller's first (a cold start is measured).
    if (options.untouched) {
      if (output.includes('Ready on')) break;
    } else {
      try {
        const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
        if (response.ok) break;
        lastProbe = `GET /healthz answered ${response.status}`;
      } catch (error) {
        lastProbe = `GET /healthz: ${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)}`;
      }
    }
    const waited = Date.now() - started;
    if (waited > START_LIMIT_MS) {
      await stop();
      throw new Error(
        `wrangler dev was not ready after ${Math.round(waited / 1000)} s on ${url} (last probe: ${lastProbe}); its output:\n${tail(output)}`,
      );
    }
    await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
  }
  return {
    url,
    workerdPids: () => (child.pid === undefined ? [] : descendantsNamed(child.pid, 'workerd')),
    sql: (statement) => {
      const run = spawnSync(
        WRANGLER_BIN,
        ['d1', 'execute', 'DB', '--local', '--persist-to', dir, '--command', statement],
        {
          env: wranglerEnv,
          encoding: 'utf8',
        },
      );
      if (run.status !== 0) throw new Error(`wrangler d1 execute failed:\n${tail(`${run.stdout}\n${run.stderr}`)}`);
    },
    stop,
  };
}

/** Parent pid and command name of every process (Linux /proc). */
function processTable(): Array<{ pid: number; ppid: number; name: string }> {
  const rows: Array<{ pid: number; ppid: number; name: string }> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      rows.push({ pid: Number(entry), ppid, name });
    } catch {
      // the process ended meanwhile
    }
  }
  return rows;
}

/** The processes called `name` below `root` (wrangler starts workerd as a grandchild). */
function descendantsNamed(root: number, name: string): number[] {
  const table = processTable();
  const below = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const row of table)
      if (below.has(row.ppid) && !below.has(row.pid)) {
        below.add(row.pid);
        grew = true;
      }
  }
  return table.filter((row) => below.has(row.pid) && row.pid !== root && row.name === name).map((row) => row.pid);
}
