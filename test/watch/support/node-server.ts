import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, onTestFinished } from 'vitest';
import { parseConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/logger.js';
import { createNodeRuntime } from '../../../src/node-runtime.js';
import { widget } from '../../widget/widget-page.js';

export interface RunningServer {
  url: string;
  runtime: ReturnType<typeof createNodeRuntime>;
  stop(): Promise<void>;
}

/**
 * The Node server exactly as `src/main.ts` builds it (parseConfig + createNodeRuntime + hono's node server), on
 * one SQLite file and one port, started again on each day the test moves `LOTSE_FIXED_DATE` to (the widget
 * remembers its conversation per origin, so the port stays).
 */
export function dayServer(options: { dir: string; port: number; env?: Record<string, string> }) {
  let running: RunningServer | undefined;
  async function startOn(day: string): Promise<RunningServer> {
    await running?.stop();
    const parsed = parseConfig({
      LOTSE_DB_PATH: join(options.dir, 'lotse.db'),
      LOTSE_FIXED_DATE: day,
      LOG_LEVEL: 'silent',
      WATCH_RETRY_SECONDS: '1',
      ...options.env,
    });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const runtime = createNodeRuntime(parsed.config, silentLogger);
    const server = serve({ fetch: runtime.app.fetch, port: options.port, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const started: RunningServer = {
      url: `http://127.0.0.1:${options.port}`,
      runtime,
      async stop() {
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        runtime.close();
        running = undefined;
      },
    };
    running = started;
    return started;
  }

  /** A request to the running server; fails the test on anything but 2xx. */
  async function call<T>(path: string, body?: unknown, method?: string): Promise<T> {
    const response = await fetch(`${running?.url}${path}`, {
      method: method ?? (body === undefined ? 'GET' : 'POST'),
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(response.status, `${path}: ${await response.clone().text()}`).toBeLessThan(300);
    return (await response.json()) as T;
  }

  /** The pass of the server's watch on `day` (read from the runtime; the admins' status says the same). */
  const lastPass = (day: string) =>
    until(`the pass of ${day}`, async () => {
      const pass = running?.runtime.watch?.lastPass();
      return pass?.day === day ? pass : undefined;
    });

  return { startOn, call, lastPass, current: () => running, stop: () => running?.stop() };
}

export async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`waited in vain for ${what}`);
}

/** The employer's browser holds the conversation the way the widget keeps it (localStorage per endpoint). */
export async function rememberConversation(context: BrowserContext, url: string, id: string) {
  await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    `lotse:${url}:conversation`,
    id,
  ] as const);
}

/** The employer comes back: the demo page with the widget open on the remembered conversation's verdict. */
export async function returningWidget(context: BrowserContext, url: string) {
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
  onTestFinished(() => expect(errors, 'uncaught errors in the page').toEqual([]));
  await page.goto(url);
  const w = widget(page);
  // The widget remembers whether it was left open.
  if (await w.launcher.isVisible()) await w.launcher.click();
  await w.card.first().waitFor();
  return { page, w };
}
