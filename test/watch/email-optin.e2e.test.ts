import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWidget } from '../../scripts/build-widget.js';
import {
  describeViolations,
  launchBrowser,
  screenshot,
  seriousViolations,
  type TestBrowser,
} from '../support/browser.js';
import { freePort } from '../support/server-process.js';
import { focusedLabel, overflowsHorizontally, tabTo } from '../widget/widget-page.js';
import { finish } from './support/cases.js';
import { dayServer, rememberConversation, returningWidget } from './support/node-server.js';
import { type SmtpServer, startSmtpServer } from './support/smtp.js';

/**
 * Issue 20, the e-mail opt-in in the widget and the reminder banner: a Syrian cook geduldet since 01.10.2026
 * (three months of stay end with 01.01.2027, the job may be permitted from 02.01.2027: § 32 Abs. 1 BeschV, §§ 187 Abs. 1,
 * 188 Abs. 2 BGB). The employer leaves an address in the widget
 * by keyboard at 1280 px, takes it back and leaves it again on a phone (375 px); the real SMTP server gets the
 * reminder exactly once, on its day and not before, and the returning widget shows it above the conversation.
 */
const COOK =
  'Wir möchten eine Frau aus Syrien als Köchin einstellen, Vollzeit, 15 Euro die Stunde. Sie hat seit dem 01.10.2026 eine Duldung, darauf steht Beschäftigung nur mit Erlaubnis der Ausländerbehörde.';
const ADDRESS = 'personal@kantine.example';
const dir = mkdtempSync(join(tmpdir(), 'lotse-watch-email-'));
let smtp: SmtpServer;
let browser: TestBrowser;
let server: ReturnType<typeof dayServer>;

beforeAll(async () => {
  let port: number;
  [smtp, browser, port] = await Promise.all([startSmtpServer(), launchBrowser(), freePort(), buildWidget()]);
  server = dayServer({
    dir,
    port,
    env: {
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
  rmSync(dir, { recursive: true, force: true });
});

interface View {
  id: string;
  state: {
    status: string;
    pendingQuestion?: { factKey: string; options: Array<{ value: string }> };
    assessment?: { outcome: string; caseDates?: Array<{ id: string; date: string }> };
    notices?: Array<{ id: string; kind: string; date: string; text: string }>;
  };
}
type Reminders = { email: { available: boolean; enabled: boolean } };

/** Every control of the form is at least 44 × 44 px (the checkbox through its label). */
async function smallTargets(box: Locator): Promise<string[]> {
  return box.evaluate((el) =>
    [...el.querySelectorAll('summary, input[type=email], label.check, button')]
      .filter((c) => (c as HTMLElement).offsetParent !== null)
      .map((c) => ({ c, r: c.getBoundingClientRect() }))
      .filter(({ r }) => r.height < 44 || r.width < 44)
      .map(({ c, r }) => `${c.tagName} ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
}

async function expectAccessible(page: Page) {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe('the widget’s e-mail opt-in and the reminder it brings (issue 20)', () => {
  it('an address left by keyboard gets the waiting period’s reminder once, on its day; the widget shows it', async () => {
    // 22.11.2026: the case is told (through the API, as the widget does it).
    const day1 = await server.startOn('2026-11-22');
    const created = await server.call<View>('/api/v1/conversations', { lang: 'de' });
    const post = (input: unknown) => server.call<View>(`/api/v1/conversations/${created.id}/messages`, input);
    const told = await finish(post, await post({ text: COOK }));
    const waitEnds = told.state.assessment?.caseDates?.find((d) => d.id === 'waiting_period_ends')?.date;
    expect(waitEnds).toBe('2027-01-02');
    const reminders = () => server.call<Reminders>(`/api/v1/conversations/${created.id}/reminders`);
    expect(await reminders()).toEqual({ email: { available: true, enabled: false } });

    // The server checks the address with zod: a readable 400, nothing stored.
    const bad = await fetch(`${day1.url}/api/v1/conversations/${created.id}/reminders/email`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ address: 'personal.kantine.example' }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining('address'),
    });

    // 1280 px, keyboard only: the form under the verdict says what comes and what happens to the address.
    const desk = await browser.context({ width: 1280, height: 900 });
    await rememberConversation(desk, day1.url, created.id);
    const first = await returningWidget(desk, day1.url);
    const box = first.w.root.locator('details.reminders');
    await box.waitFor();
    await tabTo(first.page, /^summary:Per E-Mail erinnern \(freiwillig\)$/, 120);
    await first.page.keyboard.press('Enter');
    const text = (await box.textContent()) ?? '';
    expect(text).toContain('wenn ein Termin dieses Falls kommt');
    expect(text).toContain('getrennt vom Gesprächsverlauf gespeichert und nie an die Beratung weitergegeben');
    expect(text).toContain('mit dem Gespräch gelöscht; jede E-Mail enthält einen Link, der sie sofort löscht');
    await first.page.keyboard.press('Tab');
    expect(await focusedLabel(first.page)).toBe('input:');
    await first.page.keyboard.type('personal.kantine.example');
    // Without the tick nothing is sent; the focus goes to the box to tick.
    await first.page.keyboard.press('Enter');
    const error = box.locator('.error');
    await expect(error.textContent()).resolves.toBe('Bitte setzen Sie das Häkchen, wenn Sie E-Mails erhalten möchten.');
    expect(
      await box.locator('input[type=checkbox]').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement),
    ).toBe(true);
    await first.page.keyboard.press('Space');
    await first.page.keyboard.press('Tab');
    expect(await focusedLabel(first.page)).toBe('button:Erinnerungen einschalten');
    await first.page.keyboard.press('Enter');
    // The server's 400 becomes the catalogue's text at the field, with the focus back in it.
    await box.locator('input[aria-invalid=true][type=email]').waitFor();
    await expect(error.textContent()).resolves.toBe('Bitte prüfen Sie die E-Mail-Adresse (Beispiel: name@firma.de).');
    expect(await focusedLabel(first.page)).toBe('input:');
    await expectAccessible(first.page);
    expect(await smallTargets(box)).toEqual([]);
    await screenshot(first.page, 'watch-email-form-1280');
    expect(await reminders()).toEqual({ email: { available: true, enabled: false } });

    await first.page.keyboard.press('ControlOrMeta+a');
    await first.page.keyboard.type(ADDRESS);
    await first.page.keyboard.press('Enter');
    const stored = box.locator('p[role=status]', { hasText: 'Eingeschaltet' });
    await stored.waitFor();
    expect(await box.locator('summary').textContent()).toBe('Erinnerung per E-Mail: eingeschaltet');
    expect(await focusedLabel(first.page)).toMatch(/^p:Eingeschaltet/);
    // The stored state never shows the address (the server does not send it back).
    expect(await first.w.root.textContent()).not.toContain(ADDRESS);
    expect(await reminders()).toEqual({ email: { available: true, enabled: true } });
    await expectAccessible(first.page);
    await first.page.close();

    // 375 px: after a reload the stored state shows; the address can be taken back and left again.
    const phone = await browser.context({ width: 375, height: 740 });
    await rememberConversation(phone, day1.url, created.id);
    const small = await returningWidget(phone, day1.url);
    const smallBox = small.w.root.locator('details.reminders');
    const summary = smallBox.locator('summary');
    await expect(summary.textContent()).resolves.toBe('Erinnerung per E-Mail: eingeschaltet');
    await tabTo(small.page, /^summary:Erinnerung per E-Mail: eingeschaltet$/, 120);
    await small.page.keyboard.press('Enter');
    await tabTo(small.page, /^button:Adresse löschen, keine E-Mails mehr$/, 5);
    await small.page.keyboard.press('Enter');
    await smallBox.locator('p[role=status]', { hasText: 'Die Adresse ist gelöscht' }).waitFor();
    expect(await focusedLabel(small.page)).toBe('input:');
    expect(await reminders()).toEqual({ email: { available: true, enabled: false } });
    await expect(overflowsHorizontally(small.w.log)).resolves.toBe(false);
    expect((await smallBox.boundingBox())?.width ?? 0).toBeLessThanOrEqual(375);
    expect(await smallTargets(smallBox)).toEqual([]);
    await expectAccessible(small.page);
    await screenshot(small.page, 'watch-email-form-375');
    await small.page.keyboard.type(ADDRESS);
    await small.page.keyboard.press('Tab');
    await small.page.keyboard.press('Space');
    await small.page.keyboard.press('Enter');
    await smallBox.locator('p[role=status]', { hasText: 'Eingeschaltet' }).waitFor();
    await screenshot(small.page, 'watch-email-stored-375');
    expect(await reminders()).toEqual({ email: { available: true, enabled: true } });
    await small.page.close();

    // The day before the waiting period ends: no reminder, no mail.
    await server.startOn('2027-01-01');
    expect(await server.lastPass('2027-01-01')).toMatchObject({ reminders: 0, changes: 0 });
    expect(smtp.received).toHaveLength(0);

    // On the day: one reminder, one mail to the address left in the widget.
    const due = await server.startOn('2027-01-02');
    expect(await server.lastPass('2027-01-02')).toMatchObject({ reminders: 1, changes: 0 });
    await smtp.until(1);
    expect(smtp.received[0]?.to).toEqual([ADDRESS]);
    expect(smtp.received[0]?.subject).toBe('Lotse: Erinnerung – Wartezeit endet: Antrag stellen');
    // Which case, and the way back (review S3-8): the page the widget was on (the demo page of this server).
    expect(smtp.received[0]?.text).toMatch(/Ihr Fall, gefragt am 22\.11\.2026: Duldung · Syrien · /);
    expect(smtp.received[0]?.text).toContain(`im selben Browser öffnen, in dem Sie gefragt haben: ${due.url}/`);

    // The returning widget shows the reminder above the conversation, on the desk and on the phone.
    for (const [width, height] of [
      [1280, 900],
      [375, 740],
    ] as const) {
      const context = await browser.context({ width, height });
      await rememberConversation(context, due.url, created.id);
      const back = await returningWidget(context, due.url);
      const notices = back.w.root.locator('.notices');
      await notices.locator('article').first().waitFor();
      expect(await notices.locator('article').count()).toBe(1);
      expect(await notices.locator('h3').textContent()).toBe('Termin Ihres Falls: 02.01.2027');
      expect(await notices.locator('p').textContent()).toContain(
        'Ab 02.01.2027 darf die Ausländerbehörde die Beschäftigung erlauben',
      );
      const [noticeBox, logBox] = await Promise.all([notices.boundingBox(), back.w.log.boundingBox()]);
      expect((noticeBox?.y ?? 0) + (noticeBox?.height ?? 0)).toBeLessThanOrEqual((logBox?.y ?? 0) + 1);
      expect(noticeBox?.width ?? 0).toBeLessThanOrEqual(width);
      await expect(overflowsHorizontally(notices)).resolves.toBe(false);
      expect(await smallTargets(notices)).toEqual([]);
      await expectAccessible(back.page);
      await screenshot(back.page, `watch-reminder-${width}`);
      await context.close();
    }

    // The next day: nothing new, still exactly one mail.
    await server.startOn('2027-01-03');
    expect(await server.lastPass('2027-01-03')).toMatchObject({ reminders: 0, changes: 0 });
    expect(smtp.received).toHaveLength(1);
    await desk.close();
    await phone.close();
  }, 240_000);
});
