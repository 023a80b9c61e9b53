/**
 * How the server behaves as stored conversations pile up: turn latency with 100, 1,000 and 10,000
 * conversations in the file, and the server's memory (RSS) after reading each of 1,000 once.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../test/support/server-process.js';
import { UNLIMITED } from './conversation.js';
import { runConversation, type TurnTiming } from './conversation-driver.js';
import { seedConversations } from './seed-conversations.js';
import { ms, percentile } from './stats.js';

const SIZES = [100, 1_000, 10_000];
const MEASURED_CONVERSATIONS = 15;

/** Resident set size of a process in MB (Linux /proc). */
function rssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

export async function benchStorageScale(): Promise<string[]> {
  const lines: string[] = [];
  for (const size of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), 'lotse-scale-'));
    try {
      const dbPath = join(dir, 'scale.db');
      const { bytesPerConversation } = await seedConversations(dbPath, size);
      const server = await startServer({
        LOTSE_DB_PATH: dbPath,
        LOTSE_FIXED_DATE: '2026-11-22',
        LOG_LEVEL: 'error',
        ...UNLIMITED,
      });
      try {
        const idle = rssMb(server.child.pid);
        const warm: TurnTiming[] = [];
        for (let i = 0; i < 3; i++) await runConversation(server.url, 500 + i, warm);
        const timings: TurnTiming[] = [];
        for (let i = 0; i < MEASURED_CONVERSATIONS; i++) await runConversation(server.url, i, timings);
        const turnMs = timings.map((t) => t.ms);
        lines.push(
          `${size.toLocaleString('en')} stored (${(bytesPerConversation / 1024).toFixed(0)} KiB each on disk): turn latency p50 ${ms(percentile(turnMs, 50))}, p95 ${ms(percentile(turnMs, 95))} (${turnMs.length} turns, one employer at a time)`,
        );
        if (size === 1_000) {
          const ids = (
            (await import('better-sqlite3'))
              .default(dbPath, { readonly: true })
              .prepare('SELECT id FROM conversations')
              .all() as Array<{ id: string }>
          ).map((r) => r.id);
          for (const id of ids) await (await fetch(`${server.url}/api/v1/conversations/${id}`)).arrayBuffer();
          lines.push(
            `memory: RSS ${idle.toFixed(0)} MB after start, ${rssMb(server.child.pid).toFixed(0)} MB after reading all ${ids.length.toLocaleString('en')} stored conversations once`,
          );
        }
      } finally {
        await server.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return lines;
}
