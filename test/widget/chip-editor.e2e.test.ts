import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { widgetDe } from '../../src/channels/web/widget/client/i18n.de.js';
import { widgetEn } from '../../src/channels/web/widget/client/i18n.en.js';
import { browserSuite, describeViolations, screenshot, seriousViolations } from '../support/browser.js';
import { PLANS, pageWith, seedConversation } from './seed.js';
import { startWidgetServer } from './servers.js';
import { focusedLabel, tabTo, widget } from './widget-page.js';

// Review S3-12 / S4-15: the chip editor ("Einreise ändern") opened with an empty field, no current value and no
// hint of the format; a change that left the verdict as it was drew the whole card again with nothing saying so.

const suite = browserSuite(() => startWidgetServer({ RATE_LIMIT_PER_CLIENT: '5000' }));

const CATALOGUE = { de: widgetDe, en: widgetEn } as const;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The widget on a case's verdict, reached by clicking the last answer. */
async function verdict(width: number, name: keyof typeof PLANS, lang: 'de' | 'en') {
  const { plan, last } = PLANS[name];
  const { id, pending } = await seedConversation(suite.server.url, lang, plan, last);
  const { page } = await pageWith(suite.browser, suite.server.url, { width, lang, id });
  const w = widget(page);
  await w.open();
  const label = pending.options.find((o) => o.value === plan[last as keyof typeof plan])?.label ?? '';
  await w.button(label).click();
  await w.card.first().waitFor();
  await w.settled();
  return { page, w };
}

/** Opens the chip whose text starts with `text` (then a digit, if `dated`) by keyboard; returns the editor's input. */
async function openChip(page: Page, text: string, dated = false) {
  await tabTo(page, new RegExp(`^button:${escapeRegExp(text)}${dated ? ' \\d' : ''}`));
  await page.keyboard.press('Enter');
  const w = widget(page);
  const editor = w.card.last().locator('.fact-editor');
  await editor.waitFor();
  return { editor, input: editor.locator('input[type="text"]') };
}

describe.each([375, 1280])('the chip editor at %i px', { timeout: 120_000 }, (width) => {
  it.each(['de', 'en'] as const)(
    '%s: opens with the current value, selected, and the format of a date',
    async (lang) => {
      const { page } = await verdict(width, 'permission', lang);
      const { editor, input } = await openChip(page, lang === 'de' ? 'Einreise' : 'entered');
      // The entry of the plan (2026-10-15) as the employer would type it, selected so typing replaces it.
      await expect(input.inputValue()).resolves.toBe('15.10.2026');
      await expect.poll(() => focusedLabel(page)).toBe('input:');
      const selected = await input.evaluate((el: HTMLInputElement) =>
        el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0),
      );
      expect(selected).toBe('15.10.2026');
      const text = (await editor.textContent()) ?? '';
      expect(text).toContain(CATALOGUE[lang].dateFormatHint);
      expect(text).toContain(CATALOGUE[lang].currentValue.replace(/\{value\}.*$/, '').trim());
      // The hint is the input's description for screen readers too.
      const described = await input.getAttribute('aria-describedby');
      expect(described).toBeTruthy();
      // "Übernehmen" is not left under the composer (review S4-15, 375 px).
      const visible = await editor.locator('button.primary').evaluate((b) => {
        const log =
          b.getRootNode() instanceof ShadowRoot ? (b.getRootNode() as ShadowRoot).querySelector('ol.log') : null;
        const r = b.getBoundingClientRect();
        const l = log?.getBoundingClientRect();
        return Boolean(l && r.top >= l.top && r.bottom <= l.bottom);
      });
      expect(visible).toBe(true);
      await screenshot(page, `widget-chip-editor-${lang}-${width}`);
      const violations = await seriousViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    },
  );

  it('a change that leaves the verdict as it was says so in one line; the card is not drawn in full again', async () => {
    const { page, w } = await verdict(width, 'ban', 'de');
    const { input } = await openChip(page, 'Asylantrag', true);
    await expect(input.inputValue()).resolves.toBe('03/2024');
    await page.keyboard.type('04/2024');
    await page.keyboard.press('Enter');
    await expect.poll(() => w.card.count()).toBe(2);
    await w.settled();
    const latest = w.card.last();
    await expect(latest.locator('.unchanged').textContent()).resolves.toContain(widgetDe.verdictUnchanged);
    // The steps are folded away (the same as above); the facts stay there to change further.
    await expect(latest.locator('ol.steps').isVisible()).resolves.toBe(false);
    await expect(latest.locator('button.chip').count()).resolves.toBeGreaterThan(3);
    await expect.poll(() => focusedLabel(page)).toMatch(/^h3:Verboten/);
    await screenshot(page, `widget-chip-unchanged-${width}`);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('a change that moves the verdict draws the new card in full, without the "unchanged" line', async () => {
    const { page, w } = await verdict(width, 'permission', 'de');
    const { input } = await openChip(page, 'Einreise');
    await input.fill('14.10.2026');
    await page.keyboard.press('Enter');
    await expect.poll(() => w.card.count()).toBe(2);
    await w.settled();
    const latest = w.card.last();
    await expect(latest.locator('.unchanged').count()).resolves.toBe(0);
    await expect(latest.locator('ol.steps').isVisible()).resolves.toBe(true);
  });
});
