import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildInbox } from '../../scripts/build-inbox.js';
import { buildWidget } from '../../scripts/build-widget.js';
import { browserSuite, describeViolations, screenshot, seriousViolations } from '../support/browser.js';
import { VERDICT_LABELS_DE } from '../support/verdict-labels.js';
import { widget } from '../widget/widget-page.js';
import { escalateByButton, escalateUrgentCase } from './support/employer.js';
import { PASSWORD, startLotse } from './support/lotse.js';
import { smallTargets } from './support/targets.js';

// Issue 19, points 1, 2 and 5: the queue and the case page in Chromium, as counsellors use them.

let url: string;
let jana: string;
let kai: string;
const suite = browserSuite(() => startLotse(), {
  before: () => Promise.all([buildWidget(), buildInbox()]),
  ready: async (lotse) => {
    url = await lotse.listen();
    const [j, k] = await Promise.all([lotse.addAdviser('Jana Beraterin'), lotse.addAdviser('Kai Tastatur')]);
    [jana, kai] = [j.email, k.email];
    await escalateUrgentCase(lotse.conversations);
  },
  timeoutMs: 120_000,
});

/** Collects Content-Security-Policy violations: the inbox must work under its strict policy. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function signIn(page: Page, email: string, hash = '') {
  await page.goto(`${url}/inbox${hash}`);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('button', { name: 'Abmelden' }).waitFor();
}

/**
 * `message` is on the screen whole, and not under `cover` (the sticky reply box). Polled: a live update
 * may redraw the case between finding the message and measuring it.
 */
async function expectAbove(message: Locator, cover: Locator) {
  const where = async () => {
    const [m, c] = await Promise.all([message.boundingBox(), cover.boundingBox()]);
    if (!m || !c) return 'not on the page';
    if (m.y < -0.5) return `its top is above the screen (${m.y})`;
    if (m.y + m.height > c.y + 0.5) return `its bottom (${m.y + m.height}) is under the reply box (top ${c.y})`;
    return 'in view';
  };
  await expect.poll(where, { timeout: 2_000 }).toBe('in view');
}

const line = (page: Page, caseId: string) => page.locator(`.queue a.line[data-id="${caseId}"]`);

describe('the queue', { timeout: 120_000 }, () => {
  it('shows each case as a line with summary, language and waiting time, and a new hand-off without reload', async () => {
    const inbox = await suite.browser.page();
    const violations = cspViolations(inbox);
    await signIn(inbox, jana);
    const urgent = inbox.locator('.queue a.line.urgent').first();
    await urgent.waitFor();
    const text = await urgent.textContent();
    expect(text).toContain('Duldung · Tunesien · Arbeitsstelle · Deutsch');
    expect(text).toMatch(/wartet seit (weniger als 1 Min\.|\d+ Min\.)/);
    expect(text).toContain('Erlaubnis der Ausländerbehörde nötig');
    expect(text).toContain('nicht zugewiesen');
    const before = await inbox.locator('.queue a.line').count();

    // An employer hands off in the widget; the open queue shows the case without a reload.
    const employer = await suite.browser.page();
    const w = widget(employer);
    await employer.goto(url);
    await w.open();
    await w.button('Mit einem Menschen sprechen').click();
    await w.settled();
    await w.replies.getByText('Ja', { exact: true }).click();
    await w.banner.getByText('Ihr Fall wartet bei der Beratung').waitFor();
    await expect.poll(() => inbox.locator('.queue a.line').count(), { timeout: 10_000 }).toBe(before + 1);
    await inbox.locator('#notice').getByText('Ein neuer Fall ist eingegangen.').waitFor();
    const id = suite.server.caseOf((await w.conversationId()) ?? '');
    expect(await line(inbox, id).textContent()).toContain('Noch keine Angaben · Deutsch');

    // Facets narrow the list and say how many each holds.
    await inbox.getByRole('button', { name: /^Dringend \(\d+\)$/ }).click();
    await expect
      .poll(() => inbox.locator('.queue a.line').count())
      .toBe(await inbox.locator('.queue a.line.urgent').count());
    await screenshot(inbox, 'adviser-queue-1280');
    expect(violations).toEqual([]);
  });
});

describe('the case page', { timeout: 120_000 }, () => {
  it('at 1280 px: facts beside the conversation, a reply reaches the widget, the employer’s answer comes back live, hand-back is confirmed', async () => {
    const employer = await suite.browser.page();
    const w = widget(employer);
    await employer.goto(url);
    await w.open();
    await w.button('Mit einem Menschen sprechen').click();
    await w.settled();
    await w.replies.getByText('Ja', { exact: true }).click();
    await w.banner.waitFor();
    const id = suite.server.caseOf((await w.conversationId()) ?? '');

    const inbox = await suite.browser.page();
    await signIn(inbox, jana);
    await line(inbox, id).click();
    await inbox.locator('#case-title').waitFor();
    expect(await inbox.locator('.details-panel').getAttribute('open')).not.toBeNull();
    await inbox.getByRole('button', { name: 'Fall übernehmen' }).click();
    await inbox.getByLabel('Antwort an den Arbeitgeber').fill('Guten Tag, hier ist die Beratung. Wie kann ich helfen?');
    await inbox.getByRole('button', { name: 'Senden' }).click();
    // The sent reply stands whole above the reply box; the "sent" notice above the case no longer pushes
    // it under the box after the scroll (review S5-14).
    const sent = inbox.locator('.transcript li[data-role="adviser"]').last();
    await sent.getByText('Wie kann ich helfen?').waitFor();
    await inbox.locator('#notice').getByText('Antwort gesendet.').waitFor();
    await expectAbove(sent, inbox.locator('.composer'));
    await w.messages('adviser').waitFor({ timeout: 10_000 });
    expect(await w.messages('adviser').textContent()).toContain('hier ist die Beratung');

    // The employer answers; it appears in the open case without a reload, with the reminder.
    await w.type('Ich suche eine Küchenhilfe mit Duldung.');
    await inbox
      .locator('.transcript li[data-role="employer"]')
      .getByText('Küchenhilfe mit Duldung')
      .waitFor({ timeout: 10_000 });
    await inbox.locator('.composer .warning').waitFor();
    await screenshot(inbox, 'adviser-case-1280');

    // Hand-back asks first and repeats the warning; cancelling keeps the case.
    await inbox.getByRole('button', { name: 'An Lotse zurückgeben' }).click();
    const dialog = inbox.getByRole('dialog', { name: 'Gespräch an Lotse zurückgeben?' });
    await dialog.getByText('Die letzte Nachricht des Arbeitgebers ist noch unbeantwortet.').waitFor();
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    expect(await inbox.locator('.case-head .badge.claimed').textContent()).toBe('In Bearbeitung');
    await inbox.getByRole('button', { name: 'An Lotse zurückgeben' }).click();
    await inbox.getByRole('dialog').getByRole('button', { name: 'An Lotse zurückgeben' }).click();
    await w.banner.waitFor({ state: 'hidden', timeout: 10_000 });
    await inbox.getByText('Dieser Fall ist erledigt.').waitFor();
  });

  it('at 375 px: no horizontal scroll, the reply box in view, the details folded above the conversation', async () => {
    // A full case: many facts (a long title), urgent, a verdict with its long assessment, and a question the
    // employer asked after the hand-off (so the reply box carries the warning and is at its tallest).
    const conversationId = await escalateUrgentCase(
      suite.server.conversations,
      'Wir möchten einen Mann aus Tunesien als Küchenhilfe mit 25 Stunden pro Woche einstellen. Er hat eine Duldung, Beschäftigung nur mit Erlaubnis der Ausländerbehörde. Ein Abschiebeflug ist schon gebucht.',
    );
    await suite.server.conversations.post(conversationId, { text: 'Hallo? Wir brauchen bis Freitag eine Antwort.' });
    const id = suite.server.caseOf(conversationId);
    // 375 × 667: the smallest common phone screen.
    const phone = await suite.browser.page({ width: 375, height: 667 });
    await signIn(phone, jana, `#case=${id}`);
    await phone.locator('#case-title').waitFor();
    await phone.getByRole('button', { name: 'Fall übernehmen' }).click();
    await phone.locator('#reply-text').waitFor();
    await phone.locator('.composer .warning').waitFor();
    const widths = await phone.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
    // The whole reply box, its Send button included, is on the screen right after taking the case.
    const inView = async (selector: string) => {
      const box = await phone.locator(selector).boundingBox();
      // Half a pixel for sub-pixel layout.
      return box !== null && box.y >= -0.5 && box.y + box.height <= 667.5;
    };
    expect(await inView('.composer')).toBe(true);
    expect(await inView('.composer button[type="submit"]')).toBe(true);
    // …with the latest message right above it, not the greeting (review S5-14).
    await expectAbove(phone.locator('.transcript > li').last(), phone.locator('.composer'));
    expect(await phone.locator('.details-panel').getAttribute('open')).toBeNull();
    // The verdict is folded to its headline (label once), not the whole assessment in the conversation.
    const verdict = phone.locator('.transcript li[data-role="bot"] details summary');
    expect(await verdict.count()).toBeGreaterThan(0);
    const headline = (await verdict.first().textContent()) ?? '';
    // Its label from the catalogue (the urgent removal case is labelled "Dringend" since S5-7), said once.
    const label = new RegExp(`^(${VERDICT_LABELS_DE}): `).exec(headline)?.[1] ?? '∅';
    expect(headline.split(label).length).toBe(2);
    // Scrolling the conversation keeps the reply box in view.
    await phone.mouse.wheel(0, 2000);
    expect(await inView('.composer')).toBe(true);
    await phone.locator('.details-panel summary').click();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // Every fact is readable: no value cut off inside its box.
    const cut = await phone.evaluate(() =>
      [...document.querySelectorAll('dl.facts dd, dl.facts dt')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1)
        .map((e) => e.textContent),
    );
    expect(cut).toEqual([]);
    expect(await phone.locator('dl.facts dd').count()).toBeGreaterThan(3);
    await screenshot(phone, 'adviser-case-375');

    // Replying from the top of the conversation: the sent reply comes into view above the reply box,
    // and the status line confirms it (before, the page stayed on the greeting and nothing said "sent").
    await phone.evaluate(() => window.scrollTo(0, 0));
    await phone.locator('#reply-text').fill('Guten Tag, die Beratung meldet sich heute noch telefonisch.');
    await phone.getByRole('button', { name: 'Senden' }).click();
    const sent = phone.locator('.transcript li[data-role="adviser"]').last();
    await sent.getByText('meldet sich heute noch').waitFor();
    await phone.locator('#notice').getByText('Antwort gesendet.').waitFor();
    const [reply, composer] = await Promise.all([sent.boundingBox(), phone.locator('.composer').boundingBox()]);
    expect(reply).not.toBeNull();
    expect(composer).not.toBeNull();
    expect(reply?.y ?? -1).toBeGreaterThanOrEqual(-0.5);
    expect((reply?.y ?? 0) + (reply?.height ?? 0)).toBeLessThanOrEqual((composer?.y ?? 0) + 0.5);
    await screenshot(phone, 'adviser-case-375-replied');
  });

  it('works with the keyboard alone: sign in, open a case, claim, reply, close with an outcome', async () => {
    const conversationId = await escalateByButton(suite.server.conversations);
    const id = suite.server.caseOf(conversationId);
    const page = await suite.browser.page();
    await page.goto(`${url}/inbox`);
    await page.locator('#login-email').waitFor();
    const focused = () =>
      page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return `${a?.tagName.toLowerCase()}#${a?.id}|${a?.dataset.id ?? ''}|${a?.textContent?.trim().slice(0, 40) ?? ''}`;
      });
    /** Presses Tab until the focus is on what `wanted` matches (at most 60 times). */
    const tabTo = async (wanted: RegExp) => {
      for (let i = 0; i < 60; i++) {
        if (wanted.test(await focused())) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`never reached ${wanted}; at ${await focused()}`);
    };
    await page.keyboard.type(kai);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('.queue a.line').first().waitFor();
    await tabTo(new RegExp(`\\|${id}\\|`));
    await page.keyboard.press('Enter');
    await page.locator('#case-title').waitFor();
    await tabTo(/^button#\|\|Fall übernehmen/);
    await page.keyboard.press('Enter');
    await page.locator('#reply-text').waitFor();
    await tabTo(/^textarea#reply-text/);
    await page.keyboard.type('Guten Tag, ich kümmere mich darum.');
    await tabTo(/^button#\|\|Senden/);
    await page.keyboard.press('Enter');
    await page.locator('.transcript li[data-role="adviser"]').waitFor();
    await tabTo(/^button#\|\|Fall abschließen/);
    // The employer writes meanwhile: the live update redraws the case, and the focus stays on the button.
    await suite.server.conversations.post(conversationId, { text: 'Danke, das hilft uns.' });
    await page.locator('.transcript li[data-role="employer"]').getByText('Danke, das hilft uns.').waitFor();
    expect(await focused()).toMatch(/^button#\|\|Fall abschließen/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Fall abschließen' });
    await dialog.waitFor();
    await tabTo(/^input#outcome-/);
    await page.keyboard.press('ArrowDown'); // Erlaubnis beantragt
    await tabTo(/^button#\|\|Fall abschließen/);
    await page.keyboard.press('Enter');
    await page.getByText('Dieser Fall ist erledigt.').waitFor();
    const db = suite.server.readonly();
    const row = db.prepare('SELECT status, outcome FROM escalations WHERE id = ?').get(id);
    db.close();
    expect(row).toEqual({ status: 'closed', outcome: 'permission_applied' });
  });
});

describe('accessibility', { timeout: 120_000 }, () => {
  it('has no serious or critical axe findings: login, queue, case at 1280 and 375 px; fact labels unbroken; targets 44 px high', async () => {
    // A case with facts, a verdict and reasons: everything the case page can show.
    const id = suite.server.caseOf(await escalateUrgentCase(suite.server.conversations));
    for (const width of [1280, 375]) {
      // axe is injected as a script, which the inbox's CSP rightly blocks; this context bypasses it.
      const context = await suite.browser.browser.newContext({
        bypassCSP: true,
        locale: 'de-DE',
        viewport: { width, height: width === 375 ? 740 : 900 },
      });
      const page = await context.newPage();
      const check = async (where: string) => {
        const found = await seriousViolations(page);
        expect(found, `${where} at ${width}px: ${describeViolations(found)}`).toEqual([]);
      };
      await page.goto(`${url}/inbox`);
      await page.getByLabel('E-Mail-Adresse').waitFor();
      await check('login');
      await page.getByLabel('E-Mail-Adresse').fill(jana);
      await page.getByLabel('Passwort').fill(PASSWORD);
      await page.getByRole('button', { name: 'Anmelden' }).click();
      await page.locator('.queue a.line').first().waitFor();
      await check('queue');
      expect(await smallTargets(page), `queue at ${width}px`).toEqual([]);
      if (width === 375) {
        // The facets are one row on a phone (wrapped they took four rows before the first case), and the
        // first case starts on the first screen.
        const rows = await page.evaluate(
          () =>
            new Set(
              [...document.querySelectorAll('.chips button')]
                .map((b) => b.getBoundingClientRect())
                .filter((r) => r.width > 0)
                .map((r) => r.top),
            ).size,
        );
        expect(rows).toBe(1);
        const first = await page.locator('.queue a.line').first().boundingBox();
        expect((first?.y ?? 9999) + 40).toBeLessThanOrEqual(740);
        await screenshot(page, 'adviser-queue-375');
      }
      await page.goto(`${url}/inbox#case=${id}`);
      await page.locator('#case-title').waitFor();
      if (width === 1280) await page.getByRole('button', { name: 'Fall übernehmen' }).click();
      await page.locator('#reply-text').waitFor();
      await check('case');
      expect(await smallTargets(page), `case at ${width}px`).toEqual([]);
      if (width === 1280) {
        // Beside the conversation, no one-word fact label is broken inside the word ("Staatsangehörigke|it").
        const broken = await page.evaluate(() =>
          [...document.querySelectorAll('dl.facts dt')]
            .filter((dt) => !/\s/.test(dt.textContent?.trim() ?? ''))
            .filter((dt) => {
              const range = document.createRange();
              range.selectNodeContents(dt);
              return range.getClientRects().length > 1;
            })
            .map((dt) => dt.textContent),
        );
        expect(broken).toEqual([]);
        expect(await page.locator('dl.facts dt', { hasText: 'Staatsangehörigkeit' }).count()).toBe(1);
      }
      await context.close();
    }
  });
});
