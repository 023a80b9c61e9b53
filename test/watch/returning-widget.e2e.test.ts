import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { setupServer } from 'msw/node';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWidget } from '../../scripts/build-widget.js';
import { createFakeSlack, type PostedMessage } from '../slack/support/fake-slack.js';
import { CHANNEL, clickInit, commandInit, SECRET } from '../slack/support/signed-requests.js';
import { launchBrowser, screenshot, type TestBrowser } from '../support/browser.js';
import { freePort } from '../support/server-process.js';
import { overflowsHorizontally, widget } from '../widget/widget-page.js';
import { finish, TUNISIAN_IN_WORDS } from './support/cases.js';
import { dayServer, returningWidget as returningWidgetAt, until } from './support/node-server.js';
import { type SmtpServer, startSmtpServer } from './support/smtp.js';

/**
 * Issue 20, what it must show: the Node server as `src/main.ts` builds it (config, SQLite file, the watch's
 * timers), started again with LOTSE_FIXED_DATE moved across 12.06.2026. A Tunisian case told in plain words in
 * May 2026 in the widget in Chromium (the address left in the widget's form) and one in Slack each get one
 * change record; the Slack thread
 * (Slack's Web API through msw), the real SMTP server and the returning widget in Chromium each receive it
 * once, and moving the date again sends nothing new.
 */
const dir = mkdtempSync(join(tmpdir(), 'lotse-watch-widget-'));
const ADDRESS = 'personal@baeckerei.example';
const slack = createFakeSlack();
// Slack's Web API is mocked; the browser's and the test's own calls to the local server go through.
const mocks = setupServer(...slack.handlers);
let smtp: SmtpServer;
let browser: TestBrowser;
// The server as src/main.ts builds it, started again on each day, always on the same address (the widget
// remembers its conversation per origin).
let server: ReturnType<typeof dayServer>;

beforeAll(async () => {
  mocks.listen({
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).hostname !== '127.0.0.1') print.error();
    },
  });
  let port: number;
  [smtp, browser, port] = await Promise.all([startSmtpServer(), launchBrowser(), freePort(), buildWidget()]);
  server = dayServer({
    dir,
    port,
    env: {
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SMTP_URL: smtp.url,
      SMTP_FROM: 'Lotse <lotse@lotse.example.org>',
      LOTSE_PUBLIC_URL: 'https://lotse.example.org',
    },
  });
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await browser?.close();
  await smtp?.close();
  mocks.close();
  rmSync(dir, { recursive: true, force: true });
});

const startOn = (day: string) => server.startOn(day);
const call = <T>(path: string, body?: unknown, method?: string) => server.call<T>(path, body, method);
const lastPass = (day: string) => server.lastPass(day);
const running = () => server.current();

type View = Parameters<typeof finish>[1] & { id: string };
const isWatchMessage = (m: PostedMessage) => JSON.stringify(m.blocks).includes('lotse:watch_');

/** The employer comes back to the demo page of the running server. */
const returningWidget = (context: BrowserContext) => returningWidgetAt(context, running()?.url ?? '');

describe('a change of the law reaches each channel once (issue 20, LOTSE_FIXED_DATE moved)', () => {
  it('Tunisian cases from May 2026: one change record each; Slack, e-mail and the returning widget once', async () => {
    // 03.05.2026: an employer tells the case in plain words in the widget (Chromium) and leaves an address in its
    // form; another asks in Slack with the same words.
    await startOn('2026-05-03');
    const context = await browser.context({ width: 1280, height: 900 });
    const page = await context.newPage();
    await page.goto(running()?.url ?? '');
    const told = widget(page);
    await told.open();
    await told.type(TUNISIAN_IN_WORDS);
    await told.clickUntilCard(['Nein', 'Weiß nicht']);
    const createdId = await told.conversationId();
    if (!createdId) throw new Error('the widget keeps no conversation');
    const created = await call<View & { state: { facts: Record<string, unknown> } }>(
      `/api/v1/conversations/${createdId}`,
    );
    // Read from the words, not set through the API: the asylum month and the permit on 11.06.2026.
    expect(created.state.facts).toMatchObject({ asylumAppliedOn: '2023-04', hadWorkPermitOn11June2026: false });
    expect(created.state.assessment?.outcome).toBe('permission_required');
    const form = told.root.locator('details.reminders');
    await form.locator('summary').click();
    await form.getByLabel('E-Mail-Adresse').fill(ADDRESS);
    await form.getByLabel('Ja, ich möchte zu diesem Fall Erinnerungen per E-Mail erhalten.').check();
    await form.getByRole('button', { name: 'Erinnerungen einschalten' }).click();
    await form.locator('summary', { hasText: 'eingeschaltet' }).waitFor();
    await page.close();

    const ack = await running()?.runtime.app.request(
      '/slack/commands',
      commandInit(TUNISIAN_IN_WORDS, { timestamp: Math.floor(Date.now() / 1000) }),
    );
    expect(ack?.status).toBe(200);
    const root = await until('the thread', () => slack.posted[0]);
    // The thread's conversation, read from the file as an operator would.
    const conversationId = await until('the stored thread', () => {
      const db = new Database(join(dir, 'lotse.db'), { readonly: true });
      try {
        const row = db
          .prepare('SELECT conversation_id FROM slack_threads WHERE channel = ? AND thread_ts = ?')
          .get(CHANNEL, root.ts);
        return (row as { conversation_id: string } | undefined)?.conversation_id;
      } finally {
        db.close();
      }
    });
    const inSlack = await until('the Slack case’s question', async () => {
      const view = await running()?.runtime.conversations.get(conversationId);
      return view?.state.pendingQuestion || view?.state.assessment ? view : undefined;
    });
    const slackPost = (input: { choice: { factKey: string; value: string } }) =>
      running()?.runtime.conversations.post(conversationId, input) as unknown as Promise<View>;
    expect((await finish(slackPost, inSlack as View)).state.assessment?.outcome).toBe('permission_required');

    // The employer comes back the same day: the May verdict, no banner.
    const may = await returningWidget(context);
    await expect(may.w.root.locator('.notices').isHidden()).resolves.toBe(true);
    await may.page.close();

    // The last day of the old law: the pass at start finds nothing.
    await startOn('2026-06-11');
    expect(await lastPass('2026-06-11')).toMatchObject({ changes: 0 });
    expect(slack.posted.filter(isWatchMessage)).toHaveLength(0);
    expect(smtp.received).toHaveLength(0);

    // 20.06.2026 (the server did not run in between): one change record per case, dated 12.06.2026.
    const slackBefore = slack.posted.length;
    await startOn('2026-06-20');
    expect(await lastPass('2026-06-20')).toMatchObject({ cases: 2, changes: 2 });
    await smtp.until(1);
    const message = await until('the Slack message', () => slack.posted.slice(slackBefore).find(isWatchMessage));
    expect(message.thread_ts).toBe(root.ts);
    expect(slack.textOf(message)).toContain('Ihre Einschätzung vom 03.05.2026 ändert sich');
    expect(slack.textOf(message)).toContain('Vorher: Erlaubnis nötig. Jetzt: Verboten.');
    expect(smtp.received[0]?.to).toEqual([ADDRESS]);
    expect(smtp.received[0]?.text).toContain('Seit dem 12.06.2026 gilt');

    // The employer comes back: the banner above the conversation names the day and the change, once.
    const june = await returningWidget(context);
    const notices = june.w.root.locator('.notices article');
    await notices.first().waitFor();
    expect(await notices.count()).toBe(1);
    const banner = (await notices.first().textContent()) ?? '';
    expect(banner).toContain('Ihre Einschätzung hat sich geändert');
    expect(banner).toMatch(/Seit dem 12\.06\.2026 gilt „[^“]+“: Ihre Einschätzung vom 03\.05\.2026 ändert sich\./);
    expect(banner).toContain('Vorher: Erlaubnis nötig. Jetzt: Verboten.');
    // Above the conversation: the banner's box ends where the log begins.
    const [bannerBox, logBox] = await Promise.all([
      june.w.root.locator('.notices').boundingBox(),
      june.w.log.boundingBox(),
    ]);
    expect((bannerBox?.y ?? 0) + (bannerBox?.height ?? 0)).toBeLessThanOrEqual((logBox?.y ?? 0) + 1);
    await screenshot(june.page, 'watch-banner-1280');

    // On a phone (375 px) the banner fits the width and leaves the conversation visible below it.
    const phone = await browser.context({ width: 375, height: 740 });
    await phone.addInitScript(([key, id]) => localStorage.setItem(key, id), [
      `lotse:${running()?.url}:conversation`,
      created.id,
    ] as const);
    const small = await returningWidget(phone);
    const smallNotices = small.w.root.locator('.notices');
    await smallNotices.locator('article').first().waitFor();
    await expect(overflowsHorizontally(smallNotices)).resolves.toBe(false);
    const [smallBox, smallLog] = await Promise.all([smallNotices.boundingBox(), small.w.log.boundingBox()]);
    expect(smallBox?.width ?? 0).toBeLessThanOrEqual(375);
    expect(smallLog?.height ?? 0).toBeGreaterThan(100);
    await screenshot(small.page, 'watch-banner-375');
    await phone.close();
    await june.w.root.getByRole('button', { name: 'Gelesen' }).click();
    await expect(notices.count()).resolves.toBe(0);
    await june.page.close();

    // Read and put away: it does not come back on the next visit.
    const again = await returningWidget(context);
    await expect(again.w.root.locator('.notices').isHidden()).resolves.toBe(true);
    await again.page.close();

    // The date moves on again: nothing new is recorded or sent.
    await startOn('2026-08-03');
    expect(await lastPass('2026-08-03')).toMatchObject({ changes: 0, reminders: 0 });
    const back = await call<{ state: { notices?: Array<{ id: string; kind: string }> } }>(
      `/api/v1/conversations/${created.id}`,
    );
    expect(back.state.notices?.map((n) => n.kind)).toEqual(['law_change']);
    expect(slack.posted.filter(isWatchMessage)).toHaveLength(1);
    expect(smtp.received).toHaveLength(1);

    // "Details" in the thread still works on the new day.
    const details = slack.buttonsOf(message).find((b) => b.text.text === 'Details');
    if (!details) throw new Error('no Details button');
    const click = await running()?.runtime.app.request(
      '/slack/interactions',
      clickInit(message, details, { timestamp: Math.floor(Date.now() / 1000) }),
    );
    expect(click?.status).toBe(200);
    await context.close();
  }, 180_000);
});
