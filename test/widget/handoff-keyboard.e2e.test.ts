import { describe, expect, it } from 'vitest';
import { browserSuite, describeViolations, screenshot, seriousViolations } from '../support/browser.js';
import { startInProcessServer, startWidgetServer } from './servers.js';
import { focusedLabel, tabTo, widget } from './widget-page.js';

// A server of its own: the hand-off flood limit counts hand-offs per client, and the other hand-off
// tests use several.
const suite = browserSuite(() => startInProcessServer());

describe.each([375, 1280])('hand-off by keyboard at %i px', { timeout: 90_000 }, (width) => {
  it('says where the case stands (queued, then taken) and counts a reply on the closed launcher', async () => {
    const page = await suite.browser.page({ width });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(suite.server.url);
    const w = widget(page);
    await w.launcher.focus();
    await page.keyboard.press('Enter');
    await w.replies.first().waitFor();
    await tabTo(page, /^button:Mit einem Menschen sprechen$/);
    await page.keyboard.press('Enter');
    await w.settled();
    // The consent question itself has the focus, not its "Ja" (review S4-15): a stray Enter hands nothing over.
    await expect.poll(() => focusedLabel(page)).toMatch(/^li:/);
    await page.keyboard.press('Enter');
    await w.settled();
    expect(await w.banner.isVisible()).toBe(false);
    expect(await w.replies.allTextContents()).toContain('Ja');
    await tabTo(page, /^button:Ja$/);
    await page.keyboard.press('Enter');
    await w.banner.getByText('wartet bei der Beratung').waitFor();
    const id = await w.conversationId();
    if (!id) throw new Error('no conversation');
    await suite.server.conversations.adviserReply(id, 'Guten Tag, ich habe Ihren Fall übernommen.');
    await w.banner.getByText('hat Ihren Fall übernommen').waitFor();
    expect(await w.log.textContent()).not.toContain('action:');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, `widget-handoff-taken-${width}`);

    await page.keyboard.press('Escape');
    await expect.poll(() => focusedLabel(page)).toMatch(/^button:Fragen zur Beschäftigung/);
    await suite.server.conversations.adviserReply(id, 'Noch eine Frage: Wie viele Stunden?');
    await w.launcher.locator('.badge-unread').getByText('1', { exact: true }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await w.messages('adviser').nth(1).waitFor();
    await expect(w.launcher.locator('.badge-unread').isHidden()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('a hand-off refused by the flood limit', { timeout: 90_000 }, () => {
  it('says that a hand-off is not possible just now and for how long, not "try again"', async () => {
    const limited = await startWidgetServer({ HANDOFF_LIMIT_PER_CLIENT: '1' });
    const post = (path: string, body: unknown) =>
      fetch(`${limited.url}/api/v1/conversations${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<{ id: string }>);
    try {
      // This client's one hand-off of the window, through the API.
      const { id } = await post('', { lang: 'de' });
      await post(`/${id}/messages`, { choice: { factKey: 'action', value: 'handoff' } });
      await post(`/${id}/messages`, { choice: { factKey: 'handoffConsent', value: 'yes' } });

      const page = await suite.browser.page({ width: 375, height: 740 });
      await page.goto(limited.url);
      const w = widget(page);
      await w.open();
      await w.button('Mit einem Menschen sprechen').click();
      await w.settled();
      await w.replies.getByText('Ja', { exact: true }).click();
      const notice = w.log.getByText('Übergabe an die Beratung ist von Ihrem Anschluss aus gerade nicht möglich');
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/in etwa \d+ Minuten/);
      expect(await w.log.textContent()).not.toContain('Bitte versuchen Sie es erneut');
      await screenshot(page, 'widget-handoff-limited-375');
    } finally {
      await limited.stop();
    }
  });
});
