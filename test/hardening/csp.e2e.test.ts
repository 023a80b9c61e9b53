import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../support/browser.js';
import { startWidgetServer } from '../widget/servers.js';
import { TYPICAL_CASE, widget } from '../widget/widget-page.js';

const suite = browserSuite(() => startWidgetServer());

/** Collects every CSP violation the page (or a window it opens) reports. */
async function watchedPage(url: string): Promise<{ page: Page; violations: string[] }> {
  const context = await suite.browser.context();
  const violations: string[] = [];
  await context.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(t: string): void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sample}`,
      ),
    );
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text());
  });
  await page.goto(url);
  return { page, violations };
}

describe('the strict CSP on the pages Lotse serves', { timeout: 90_000 }, () => {
  it('lets the widget on the demo page work without a single violation', async () => {
    const { page, violations } = await watchedPage(suite.server.url);
    const w = widget(page);
    await w.open();
    await w.clickUntilCard(TYPICAL_CASE);
    expect(await w.card.count()).toBe(1);
    // The widget's own styles applied inside its Shadow DOM (a blocked <style> would leave it unstyled).
    const position = await w.panel.evaluate((el) => getComputedStyle(el).position);
    expect(position).toBe('fixed');
    expect(violations).toEqual([]);
  });

  it('serves the API docs without a violation', async () => {
    const { page, violations } = await watchedPage(`${suite.server.url}/api/v1/docs`);
    await page.locator('h1').waitFor();
    const margin = await page.locator('body').evaluate((el) => getComputedStyle(el).maxWidth);
    expect(margin).not.toBe('none');
    expect(violations).toEqual([]);
  });
});
