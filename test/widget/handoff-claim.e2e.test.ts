import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildInbox } from '../../scripts/build-inbox.js';
import { buildWidget } from '../../scripts/build-widget.js';
import { PASSWORD, startLotse } from '../adviser/support/lotse.js';
import { browserSuite, describeViolations, screenshot, seriousViolations } from '../support/browser.js';
import { focusedLabel, tabTo, widget } from './widget-page.js';

// Issue 14 (review 16): the widget says "taken" when an adviser claims the case in the inbox, live,
// before any adviser message, and not only after a reload.

let url: string;
let adviserEmail: string;
const suite = browserSuite(() => startLotse(), {
  before: () => Promise.all([buildWidget(), buildInbox()]),
  ready: async (lotse) => {
    url = await lotse.listen();
    adviserEmail = (await lotse.addAdviser('Jana Beraterin')).email;
  },
  timeoutMs: 120_000,
});

async function signIn(page: Page, hash: string) {
  await page.goto(`${url}/inbox${hash}`);
  await page.getByLabel('E-Mail-Adresse').fill(adviserEmail);
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('button', { name: 'Abmelden' }).waitFor();
}

describe.each([375, 1280])('the claim in the inbox, seen in the widget at %i px', { timeout: 120_000 }, (width) => {
  it('switches the banner from queued to taken at the claim, live, without a reload or a message', async () => {
    const page = await suite.browser.page({ width });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    let loads = 0;
    page.on('load', () => {
      loads += 1;
    });
    await page.goto(url);
    const w = widget(page);
    // Keyboard only, as an employer without a mouse hands off.
    await w.launcher.focus();
    await page.keyboard.press('Enter');
    await w.replies.first().waitFor();
    await tabTo(page, /^button:Mit einem Menschen sprechen$/);
    await page.keyboard.press('Enter');
    await w.settled();
    // The consent question has the focus, not its "Ja" (review S4-15); Tab leads to the answers.
    await expect.poll(() => focusedLabel(page)).toMatch(/^li:/);
    await tabTo(page, /^button:Ja$/);
    await page.keyboard.press('Enter');
    await w.banner.getByText('wartet bei der Beratung darauf, übernommen zu werden').waitFor();
    const conversationId = await w.conversationId();
    if (!conversationId) throw new Error('no conversation');

    const inbox = await suite.browser.page();
    await signIn(inbox, `#case=${suite.server.caseOf(conversationId)}`);
    await inbox.locator('#case-title').waitFor();
    // Still queued while the adviser only reads the case.
    expect(await w.banner.textContent()).toContain('wartet bei der Beratung');
    await inbox.getByRole('button', { name: 'Fall übernehmen' }).click();

    await w.banner.getByText('hat Ihren Fall übernommen').waitFor({ timeout: 10_000 });
    expect(await w.banner.textContent()).not.toContain('wartet');
    expect(await w.messages('adviser').count()).toBe(0);
    expect(loads).toBe(1);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, `widget-handoff-claimed-${width}`);

    // A reload says the same (the conversation's state, not the widget's memory).
    await page.reload();
    await w.banner.getByText('hat Ihren Fall übernommen').waitFor();
    expect(errors).toEqual([]);
  });
});
