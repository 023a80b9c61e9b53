import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, describeViolations, screenshot, seriousViolations } from '../support/browser.js';
import { startInProcessServer } from './servers.js';
import { widget } from './widget-page.js';

// Every test hands off from the same browser client: more than the default five an hour.
const suite = browserSuite(() => startInProcessServer({ HANDOFF_LIMIT_PER_CLIENT: '20' }));

/** Opens the widget and hands the conversation over with the always-visible button. */
async function handedOver(page: Page) {
  const w = widget(page);
  await page.goto(suite.server.url);
  await w.open();
  await w.button('Mit einem Menschen sprechen').click();
  await w.settled();
  await w.replies.getByText('Ja', { exact: true }).click();
  // Honest: queued until an adviser answers, with the usual time to an answer.
  await w.banner.getByText('wartet bei der Beratung darauf, übernommen zu werden').waitFor();
  await expect(w.banner.textContent()).resolves.toContain('innerhalb von 24 Stunden');
  const id = await w.conversationId();
  if (!id) throw new Error('no conversation id in localStorage');
  return { w, id };
}

describe('hand-off to an adviser', { timeout: 90_000 }, () => {
  it('makes hand-off a visible state: no quick replies, the button disabled, typing goes to the adviser', async () => {
    const page = await suite.browser.page();
    const { w, id } = await handedOver(page);
    expect(await w.replies.count()).toBe(0);
    await expect(w.button('Mit einem Menschen sprechen').isDisabled()).resolves.toBe(true);
    await w.type('Wann kann ich mit einer Antwort rechnen?');
    const view = await suite.server.conversations.get(id);
    expect(view.state.status).toBe('with_adviser');
    expect(view.messages.at(-1)).toMatchObject({ role: 'employer', text: 'Wann kann ich mit einer Antwort rechnen?' });
    // The bot stays silent: the employer's message is the last one in the widget too.
    await expect(w.messages().last().getAttribute('data-role')).resolves.toBe('employer');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('shows an adviser reply live over server-sent events, once', async () => {
    const page = await suite.browser.page();
    const streams: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/events')) streams.push(r.url());
    });
    const { w, id } = await handedOver(page);
    await expect.poll(() => streams.length).toBeGreaterThan(0);
    await suite.server.conversations.adviserReply(id, 'Guten Tag, hier ist die Beratung. Ich sehe mir den Fall an.');
    const reply = w.messages('adviser');
    await reply.waitFor({ timeout: 5_000 });
    await expect(reply.textContent()).resolves.toContain('hier ist die Beratung');
    await w.banner.getByText('hat Ihren Fall übernommen').waitFor();
    await page.waitForTimeout(500);
    expect(await reply.count()).toBe(1);
    // The transcript shows the buttons as they were labelled, each once.
    const employer = await w.messages('employer').allTextContents();
    expect(employer.map((t) => t.replace(/^Sie:/, ''))).toEqual(['Mit einem Menschen sprechen', 'Ja']);
    const stored = (await suite.server.conversations.get(id)).messages
      .filter((m) => m.role === 'employer')
      .map((m) => m.text);
    expect(stored).toEqual(['Mit einem Menschen sprechen', 'Ja']);
    await screenshot(page, 'widget-adviser-live');

    await suite.server.conversations.handBack(id);
    await w.banner.waitFor({ state: 'hidden' });
    await expect(w.button('Mit einem Menschen sprechen').isEnabled()).resolves.toBe(true);
  });

  it('at 375 px keeps the employer’s own message in view after sending it to the adviser (review S5-14)', async () => {
    const page = await suite.browser.page({ width: 375, height: 667 });
    const { w, id } = await handedOver(page);
    // A long adviser reply: before the fix, the log stayed on it and the employer's bubble was below the fold.
    await suite.server.conversations.adviserReply(
      id,
      'Guten Tag, hier ist die Beratung. Ich habe mir Ihren Fall angesehen und brauche noch ein paar Angaben: seit wann die Person geduldet ist, was genau im Zusatzblatt zur Arbeit steht, ob sie einen Pass hat und welche Stelle Sie anbieten möchten. Danach melde ich mich mit einer Einschätzung.',
    );
    await w.messages('adviser').waitFor({ timeout: 5_000 });
    await w.type('Seit März 2024, Beschäftigung nur mit Erlaubnis, Pass hat er. Küchenhilfe, 30 Stunden.');
    const own = w.messages('employer').last();
    await expect(own.textContent()).resolves.toContain('Küchenhilfe, 30 Stunden');
    const log = page.locator('lotse-widget ol.log');
    const [bubble, box] = await Promise.all([own.boundingBox(), log.boundingBox()]);
    expect(bubble).not.toBeNull();
    expect(box).not.toBeNull();
    expect(bubble?.y ?? -1).toBeGreaterThanOrEqual((box?.y ?? 0) - 0.5);
    expect((bubble?.y ?? 0) + (bubble?.height ?? 0)).toBeLessThanOrEqual((box?.y ?? 0) + (box?.height ?? 0) + 0.5);
    await screenshot(page, 'widget-375-own-message-to-adviser');
  });

  it('counts an adviser reply on the closed launcher as unread, and clears it on opening', async () => {
    const page = await suite.browser.page({ width: 375, height: 740 });
    const { w, id } = await handedOver(page);
    await page.keyboard.press('Escape');
    await w.launcher.waitFor();
    await suite.server.conversations.adviserReply(id, 'Ihre Antwort ist da.');
    await w.launcher.locator('.badge-unread').getByText('1', { exact: true }).waitFor({ timeout: 10_000 });
    await expect(w.root.getByRole('button', { name: /Lotse fragen \(1 neue Nachricht/ }).count()).resolves.toBe(1);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'widget-unread-375');
    await w.launcher.click();
    await w.messages('adviser').waitFor();
    await page.keyboard.press('Escape');
    await expect(w.launcher.locator('.badge-unread').isHidden()).resolves.toBe(true);
  });

  it('falls back to polling when the event stream cannot be opened', async () => {
    const context = await suite.browser.context();
    await context.route('**/events', (route) => route.abort());
    const page = await context.newPage();
    const { w, id } = await handedOver(page);
    await suite.server.conversations.adviserReply(id, 'Antwort trotz gesperrter Verbindung.');
    await w.messages('adviser').waitFor({ timeout: 10_000 });
    await expect(w.messages('adviser').textContent()).resolves.toContain('trotz gesperrter Verbindung');
  });

  it('brings adviser replies that came while the page was closed back on reload', async () => {
    const context = await suite.browser.context();
    const page = await context.newPage();
    const { id } = await handedOver(page);
    await page.close();
    await suite.server.conversations.adviserReply(id, 'Ich habe Ihnen in der Zwischenzeit geantwortet.');
    const again = await context.newPage();
    await again.goto(suite.server.url);
    await widget(again).messages('adviser').waitFor();
    await expect(widget(again).messages('adviser').textContent()).resolves.toContain('in der Zwischenzeit');
  });
});
