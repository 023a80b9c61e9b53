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
 * The Worker as `npm run dev:worker` runs it (wrangler dev: workerd, local D1, dist/ as assets),
 * on free ports and a temporary persistence directory with the migrations applied. dist/ and the
 * knowledge bundle must be built (npm test's pretest does it).
 */
export async function startWorkerDev(
  vars: Record<string, string> = {},
  options: { untouched?: boolean } = {},
): Promise<WorkerDev> {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-worker-dev-'));
  const wrangler = (args: string[]) => {
    const run = spawnSync(WRANGLER_BIN, [...args, '--persist-to', dir], { env: wranglerEnv, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`wrangler ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  };
  wrangler(['d1', 'migrations', 'apply', 'DB', '--local']);
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
  let stderr = '';
  let ready = false;
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  child.stdout?.on('data', (chunk) => {
    if (String(chunk).includes('Ready on')) ready = true;
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        rmSync(dir, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return done();
      child.once('exit', done);
      process.kill(-child.pid, 'SIGTERM');
    });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}: ${stderr}`);
    // `untouched`: the Worker gets no request before the caller's first (a cold start is measured).
    if (options.untouched && ready) break;
    try {
      if (!options.untouched && (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5_000) })).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`wrangler dev did not start: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    workerdPids: () => (child.pid === undefined ? [] : descendantsNamed(child.pid, 'workerd')),
    sql: (statement) => wrangler(['d1', 'execute', 'DB', '--local', '--command', statement]),
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
