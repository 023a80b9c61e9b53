import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adviserInsertSql } from '../../scripts/adviser-d1.js';
import { browserSuite } from '../support/browser.js';
import { widget } from '../widget/widget-page.js';
import { START_LIMIT_MS, startWorkerDev } from './support/worker-dev.js';

// The Worker as `npm run dev:worker` serves it (wrangler dev, workerd, local D1), used by Chromium
// with its own Accept-Encoding: the demo page, the widget bundle and the inbox must work exactly as
// on Node. A body compressed twice reaches the page as gzip bytes and the widget never starts.
const ADVISER = { email: 'jana@beratung.example', name: 'Jana Beraterin', password: 'ein-langes-test-passwort' };

const suite = browserSuite(() => startWorkerDev({ LOTSE_FIXED_DATE: '2026-11-22' }), {
  ready: async (worker) => worker.sql((await adviserInsertSql({ ...ADVISER, role: 'adviser' })).sql),
  // Longer than startWorkerDev's own limits (migrations, then start-up), so its error is the one reported.
  timeoutMs: 2 * START_LIMIT_MS + 60_000,
});

/** A page that fails the test on any uncaught script error (a mangled bundle: "Invalid or unexpected token"). */
async function pageWithoutErrors(): Promise<{ page: Page; errors: string[] }> {
  const page = await suite.browser.page();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

describe('the widget and the inbox served by the local Worker', { timeout: 120_000 }, () => {
  it('delivers widget.js as JavaScript the browser can read', async () => {
    const { page } = await pageWithoutErrors();
    const response = await page.goto(`${suite.server.url}/widget.js`);
    expect(response?.status()).toBe(200);
    expect(await response?.headerValue('content-type')).toContain('javascript');
    // What the browser decoded is the bundle itself, not a second layer of gzip.
    const text = await page.evaluate(() => document.body.innerText);
    expect(text.startsWith('"use strict"')).toBe(true);
    expect(text).toContain('lotse-widget');
  });

  it('runs the widget on the demo page: the employer writes and Lotse answers', async () => {
    const { page, errors } = await pageWithoutErrors();
    await page.goto(suite.server.url);
    const w = widget(page);
    await w.open();
    await expect(w.messages('bot').first().textContent()).resolves.toContain('automatischer Assistent');
    const before = await w.messages('bot').count();
    await w.type('Wir möchten eine Frau aus Syrien mit Duldung als Küchenhilfe einstellen, 30 Stunden die Woche.');
    await expect.poll(() => w.messages('bot').count()).toBeGreaterThan(before);
    await expect(w.messages('employer').last().textContent()).resolves.toContain('Syrien');
    expect(errors).toEqual([]);
  });

  it('hands the conversation to an adviser, whose reply appears in the widget without a reload', async () => {
    const { page, errors } = await pageWithoutErrors();
    await page.goto(suite.server.url);
    const w = widget(page);
    await w.open();
    await w.button('Mit einem Menschen sprechen').click();
    await w.settled();
    await w.replies.getByText('Ja', { exact: true }).click();
    // Queued until an adviser takes the case (the widget's banner says so).
    await w.banner.getByText('wartet bei der Beratung darauf, übernommen zu werden').waitFor();
    const conversationId = await w.conversationId();

    // The adviser works through the inbox's JSON API (the inbox page is checked below).
    const headers = { origin: suite.server.url, 'content-type': 'application/json' };
    const login = await fetch(`${suite.server.url}/api/v1/adviser/login`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ email: ADVISER.email, password: ADVISER.password }),
    });
    expect(login.status).toBe(200);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const session = {
      ...headers,
      cookie: login.headers.get('set-cookie')?.split(';')[0] ?? '',
      'x-csrf-token': csrfToken,
    };
    // The inbox never sees the conversation id: the case is the one whose transcript is this conversation's.
    const { escalations } = (await (
      await fetch(`${suite.server.url}/api/v1/adviser/escalations`, { headers: session })
    ).json()) as { escalations: Array<{ id: string }> };
    const employer = (await (await fetch(`${suite.server.url}/api/v1/conversations/${conversationId}`)).json()) as {
      messages: Array<{ id: string }>;
    };
    const cards = await Promise.all(
      escalations.map(async (e) => ({
        id: e.id,
        card: (await (
          await fetch(`${suite.server.url}/api/v1/adviser/escalations/${e.id}`, { headers: session })
        ).json()) as {
          transcript: Array<{ id: string }>;
        },
      })),
    );
    const escalation = cards.find((c) => c.card.transcript[0]?.id === employer.messages[0]?.id);
    expect(escalation).toBeDefined();
    const path = `${suite.server.url}/api/v1/adviser/escalations/${escalation?.id}`;
    expect((await fetch(`${path}/claim`, { method: 'POST', headers: session })).status).toBeLessThan(300);
    const reply = await fetch(`${path}/replies`, {
      method: 'POST',
      headers: session,
      body: JSON.stringify({ text: 'Guten Tag, hier ist die Beratung.' }),
    });
    expect(reply.status).toBeLessThan(300);

    await w.messages('adviser').waitFor({ timeout: 15_000 });
    await expect(w.messages('adviser').textContent()).resolves.toContain('hier ist die Beratung');
    expect(errors).toEqual([]);
  });

  it('serves the inbox, whose script signs the adviser in', async () => {
    const { page, errors } = await pageWithoutErrors();
    await page.goto(`${suite.server.url}/inbox`);
    await page.getByLabel('E-Mail-Adresse').fill(ADVISER.email);
    await page.getByLabel('Passwort').fill(ADVISER.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByText(ADVISER.name).first().waitFor();
    expect(errors).toEqual([]);
  });
});
