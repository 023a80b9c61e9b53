import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { browserSuite, describeViolations, screenshot, seriousViolations } from '../support/browser.js';
import { knowledgeReviewDates, standDates } from '../support/knowledge-dates.js';
import { VERDICT_LABELS_DE } from '../support/verdict-labels.js';
import { PLANS, pageWith, seedConversation } from './seed.js';
import { FIXED_DATE, startWidgetServer } from './servers.js';
import { TYPICAL_CASE, widget } from './widget-page.js';

const suite = browserSuite(() => startWidgetServer());

async function demoPage(): Promise<Page> {
  const page = await suite.browser.page();
  // A script error in the page fails the test that caused it. Thrown inside this listener it would
  // only reach Playwright's event emitter, never the test.
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  onTestFinished(() => {
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });
  await page.goto(suite.server.url);
  return page;
}

describe('employer widget on the demo page', { timeout: 90_000 }, () => {
  it('leads through a case by clicking and shows the assessment as a card with sources and a timeline', async () => {
    const page = await demoPage();
    const w = widget(page);
    await w.open();
    await expect(w.messages('bot').first().textContent()).resolves.toContain('automatischer Assistent');
    await w.clickUntilCard(TYPICAL_CASE);

    const card = w.card.last();
    await expect(card.locator('.headline .label').textContent()).resolves.toMatch(
      new RegExp(`^(${VERDICT_LABELS_DE}):$`),
    );
    expect(await card.getByRole('heading', { name: 'Was Sie jetzt tun' }).count()).toBe(1);
    // Everything beyond the verdict opens on request.
    for (const title of ['Alle Schritte im Einzelnen', 'Unterlagen', 'Risiken']) {
      const section = card.locator('details.section', { has: page.locator('summary', { hasText: title }) });
      expect(await section.count()).toBe(1);
      await expect(section.getAttribute('open')).resolves.toBeNull();
    }
    const sources = card.locator('details.sources');
    await sources.locator('summary').click();
    await expect(sources.getAttribute('open')).resolves.toBe('');
    const link = sources.locator('a').first();
    await expect(link.getAttribute('href')).resolves.toMatch(/^https:\/\//);
    await expect(link.getAttribute('rel')).resolves.toContain('noopener');
    // Each source's "Stand" is the review date of a knowledge entry (never a date written into the test).
    const stands = standDates((await sources.textContent()) ?? '');
    expect(stands.length).toBeGreaterThan(0);
    expect(stands.filter((d) => !knowledgeReviewDates().has(d))).toEqual([]);
    // Each source once, numbered.
    const numbers = await sources
      .locator('ol.numbered > li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('value')));
    expect(numbers).toEqual(numbers.map((_, i) => String(i + 1)));

    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'widget-desktop-assessment');
  });

  it('takes a whole case typed as free text and answers remaining questions typed too', async () => {
    const page = await demoPage();
    const w = widget(page);
    await w.open();
    await w.type(
      'Bäckerei in Dresden, Mann aus Tunesien, seit 14 Monaten geduldet, Beschäftigung nur mit Erlaubnis der ABH, Helfer 30 Stunden',
    );
    await expect(w.messages('employer').first().textContent()).resolves.toContain('Mann aus Tunesien');
    for (let turn = 0; turn < 12 && (await w.card.count()) === 0; turn++) {
      const labels = await w.replies.allTextContents();
      await w.type(labels.includes('Nein') ? 'nein' : 'weiß nicht');
    }
    expect(await w.card.count()).toBe(1);
    // Tunisia is a safe country of origin and there was no permit on 11 June 2026: the rules say banned.
    await expect(w.card.locator('.headline').textContent()).resolves.toMatch(
      /^Verboten: Tunesien gilt als sicherer Herkunftsstaat/,
    );
    // Facts taken from the sentence are not asked again.
    const asked = (await w.messages('bot').allTextContents()).slice(2).join('\n');
    expect(asked).not.toContain('Welches Dokument hat die Person?');
    expect(asked).not.toContain('Staatsangehörigkeit');
    await screenshot(page, 'widget-typed-case');
  });

  it('keeps the conversation across a reload and restores transcript and open question', async () => {
    const page = await demoPage();
    const w = widget(page);
    await w.open();
    await w.replies.getByText('Duldung', { exact: true }).click();
    await w.settled();
    const before = await w.messages().allTextContents();
    const repliesBefore = await w.replies.allTextContents();
    const id = await w.conversationId();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    await page.reload();
    await w.replies.first().waitFor();
    expect(await w.messages().allTextContents()).toEqual(before);
    expect(await w.replies.allTextContents()).toEqual(repliesBefore);
    expect(await w.conversationId()).toBe(id);
  });

  it('stores feedback on an answer server-side and rejects bad feedback with a readable 400', async () => {
    const page = await demoPage();
    const w = widget(page);
    await w.open();
    await w.clickUntilCard(TYPICAL_CASE);
    const answer = w.messages('bot').filter({ has: page.locator('section.card') });
    await answer.getByRole('button', { name: 'Nicht hilfreich' }).click();
    await answer.getByText('Danke für Ihre Rückmeldung.').waitFor();
    await answer.getByRole('textbox', { name: /Kommentar/ }).fill('Die Frist für die Meldung fehlt mir.');
    await answer.getByRole('button', { name: 'Kommentar senden' }).click();
    await answer.getByRole('textbox', { name: /Kommentar/ }).waitFor({ state: 'hidden' });

    const id = await w.conversationId();
    const messageId = await answer.getAttribute('data-id');
    const db = new Database(suite.server.dbPath, { readonly: true });
    const rows = db.prepare('SELECT message_id, rating, comment FROM feedback WHERE conversation_id = ?').all(id);
    db.close();
    expect(rows).toEqual([
      { message_id: messageId, rating: 'not_helpful', comment: 'Die Frist für die Meldung fehlt mir.' },
    ]);

    const bad = await fetch(`${suite.server.url}/api/v1/conversations/${id}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messageId, rating: 'great' }),
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain('rating');
  });

  it('offers the checklist to print and download and the dates as an RFC 5545 calendar file', async () => {
    const { plan } = PLANS.permission;
    const { id } = await seedConversation(suite.server.url, 'de', plan, 'removalMeasuresPending');
    const { page } = await pageWith(suite.browser, suite.server.url, { width: 1280, id });
    const w = widget(page);
    await w.open();
    await w.replies.getByText('Nein', { exact: true }).click();
    await w.card.waitFor();
    const card = w.card.last();

    const [popup] = await Promise.all([
      page.context().waitForEvent('page'),
      card.getByRole('button', { name: 'Checkliste drucken' }).click(),
    ]);
    await popup.waitForLoadState();
    await expect(popup.locator('h1').textContent()).resolves.toBe('Checkliste zur Einstellung');
    await expect(popup.locator('body').textContent()).resolves.toContain('Erklärung zum Beschäftigungsverhältnis');
    await popup.close();

    const [html] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Checkliste herunterladen' }).click(),
    ]);
    expect(html.suggestedFilename()).toBe(`lotse-checkliste-${FIXED_DATE}.html`);
    const checklist = readFileSync(await html.path(), 'utf8');
    expect(checklist).toContain('<h2>Unterlagen</h2>');
    expect(standDates(checklist).length).toBeGreaterThan(0);
    expect(standDates(checklist).filter((d) => !knowledgeReviewDates().has(d))).toEqual([]);

    const [ics] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: /Kalenderdatei/ }).click(),
    ]);
    expect(ics.suggestedFilename()).toBe('lotse-termine.ics');
    const calendar = readFileSync(await ics.path(), 'utf8');
    // The earliest start as the rules computed it (their day count), not a date written into the test.
    const view = await (await fetch(`${suite.server.url}/api/v1/conversations/${id}`)).json();
    const start = String(view.state.assessment?.earliestStart ?? '');
    expect(start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(calendar).toContain(`DTSTART;VALUE=DATE:${start.replaceAll('-', '')}`);
    expect(calendar.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(calendar.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    for (const line of calendar.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('deletes the conversation on the server and in the browser', async () => {
    const page = await demoPage();
    const w = widget(page);
    await w.open();
    await w.replies.first().click();
    await w.settled();
    const id = await w.conversationId();

    await w.button('Mein Gespräch löschen').click();
    await w.button('Ja, löschen').click();
    await w.log.getByText('Ihr Gespräch wurde gelöscht').waitFor();
    expect(await w.conversationId()).toBeNull();
    expect((await fetch(`${suite.server.url}/api/v1/conversations/${id}`)).status).toBe(404);
    await expect(
      w.button('Neues Gespräch beginnen').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement),
    ).resolves.toBe(true);
  });
});
