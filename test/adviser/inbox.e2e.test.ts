import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInbox } from '../../scripts/build-inbox.js';
import { buildWidget } from '../../scripts/build-widget.js';
import {
  describeViolations,
  launchBrowser,
  screenshot,
  seriousViolations,
  type TestBrowser,
} from '../support/browser.js';
import { widget } from '../widget/widget-page.js';
import { PASSWORD, startLotse, type TestLotse } from './support/lotse.js';

let lotse: TestLotse;
let url: string;
let browser: TestBrowser;
let email: string;

beforeAll(async () => {
  await Promise.all([buildWidget(), buildInbox()]);
  [lotse, browser] = await Promise.all([startLotse(), launchBrowser()]);
  url = await lotse.listen();
  email = (await lotse.addAdviser('Jana Beraterin')).email;
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await lotse?.stop();
});

/** Collects Content-Security-Policy violations: the inbox must work under its strict policy. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

describe('adviser inbox in the browser', { timeout: 120_000 }, () => {
  it('takes over an escalated widget conversation, replies live, and hands it back to the bot', async () => {
    // The employer asks for a person in the widget and agrees to share the case.
    const employerPage = await (await browser.context()).newPage();
    const w = widget(employerPage);
    await employerPage.goto(url);
    await w.open();
    await w.button('Mit einem Menschen sprechen').click();
    await w.settled();
    await w.replies.getByText('Ja', { exact: true }).click();
    await w.banner.getByText('Eine Beraterin oder ein Berater ist verbunden').waitFor();

    // The adviser signs in at /inbox, opens the case from the queue and claims it.
    const inbox = await (await browser.context()).newPage();
    const violations = cspViolations(inbox);
    await inbox.goto(`${url}/inbox`);
    await inbox.getByLabel('E-Mail-Adresse').fill(email);
    await inbox.getByLabel('Passwort').fill(PASSWORD);
    await inbox.getByRole('button', { name: 'Anmelden' }).click();
    await inbox.getByText('Angemeldet als Jana Beraterin').waitFor();
    const caseLink = inbox.locator('#queue-list button.case-link');
    await caseLink.first().waitFor();
    await expect(caseLink.first().textContent()).resolves.toContain('Offen');
    await caseLink.first().click();
    await inbox.getByRole('heading', { name: 'Gründe für die Übergabe' }).waitFor();
    await expect(inbox.locator('.case').textContent()).resolves.toContain(
      'Arbeitgeber hat „Mit einem Menschen sprechen“ gewählt',
    );
    await inbox.getByRole('button', { name: 'Fall übernehmen' }).click();

    // The reply appears in the employer's widget without a reload.
    await inbox.getByLabel('Antwort an den Arbeitgeber').fill('Guten Tag, hier ist die Beratung. Wie kann ich helfen?');
    await inbox.getByRole('button', { name: 'Senden' }).click();
    const adviserMessage = w.messages('adviser');
    await adviserMessage.waitFor({ timeout: 10_000 });
    await expect(adviserMessage.textContent()).resolves.toContain('hier ist die Beratung');
    await inbox.locator('.transcript li[data-role="adviser"]').waitFor();
    await screenshot(inbox, 'adviser-inbox-case');

    // Handed back: the banner goes, and the bot answers the employer's next question again.
    await inbox.getByRole('button', { name: 'An Lotse zurückgeben' }).click();
    await w.banner.waitFor({ state: 'hidden', timeout: 10_000 });
    const botBefore = await w.messages('bot').count();
    await w.type('Was muss ich als Arbeitgeber aufbewahren?');
    await expect.poll(() => w.messages('bot').count()).toBeGreaterThan(botBefore);
    await expect(w.messages().last().getAttribute('data-role')).resolves.toBe('bot');
    expect(violations).toEqual([]);
  });

  it('shows the login form and a readable message for a wrong password', async () => {
    const page = await (await browser.context()).newPage();
    await page.goto(`${url}/inbox`);
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill('ganz-falsches-passwort');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByText(/^E-Mail-Adresse oder Passwort ist falsch/).waitFor();
    expect(page.url()).not.toContain('passwort');
  });

  it('has no serious accessibility violations on the login form and the case card', async () => {
    // axe is injected as an inline script, which the inbox's CSP rightly blocks; this context bypasses it.
    const page = await (await browser.browser.newContext({ bypassCSP: true, locale: 'de-DE' })).newPage();
    await page.goto(`${url}/inbox`);
    await page.getByLabel('E-Mail-Adresse').waitFor();
    const onLogin = await seriousViolations(page);
    expect(onLogin, describeViolations(onLogin)).toEqual([]);
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill(PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: 'Erledigte Fälle' }).click();
    await page.locator('#queue-list button.case-link').first().click();
    await page.getByRole('heading', { name: 'Gesprächsverlauf' }).waitFor();
    const onCase = await seriousViolations(page);
    expect(onCase, describeViolations(onCase)).toEqual([]);
  });
});
