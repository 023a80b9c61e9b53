import type { Locator, Page } from 'playwright-core';

/** Page object for the widget: Playwright's CSS and role locators pierce the open Shadow DOM. */
export function widget(page: Page) {
  const root = page.locator('lotse-widget');
  const replies = root.locator('.replies button');
  const log = root.locator('ol.log');
  return {
    root,
    replies,
    log,
    panel: root.locator('section.panel'),
    launcher: root.locator('button.launcher'),
    card: root.locator('section.card'),
    banner: root.locator('.banner'),
    input: root.getByRole('textbox', { name: /Ihre Nachricht|Your message/ }),
    messages: (role?: string) => log.locator(role ? `li.msg[data-role="${role}"]` : 'li.msg[data-role]'),
    button: (name: string | RegExp) => root.getByRole('button', { name, exact: typeof name === 'string' }),

    async open() {
      await root.locator('button.launcher').click();
      await replies.first().waitFor();
    },

    /** Waits until the bot has answered the last turn (typing indicator gone). */
    async settled() {
      await root.locator('.typing').waitFor({ state: 'hidden' });
    },

    /**
     * Clicks through the guided questions with the first preferred option on offer until the
     * assessment card appears. Labels are compared without typographic quotes.
     */
    async clickUntilCard(preferred: string[], maxTurns = 20) {
      for (let turn = 0; turn < maxTurns; turn++) {
        if ((await root.locator('section.card').count()) > 0) return;
        const labels = (await replies.allTextContents()).map((l) => l.replace(/[„“"]/g, ''));
        const index = preferred.map((p) => labels.findIndex((l) => l.startsWith(p))).find((i) => i >= 0) ?? 0;
        await replies.nth(index).click();
        await this.settled();
      }
      throw new Error('no assessment card after clicking through the questions');
    },

    /** Types a message and sends it with Enter, then waits for the answer. */
    async type(text: string) {
      await this.input.fill(text);
      await this.input.press('Enter');
      await this.settled();
    },

    conversationId: () =>
      page.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => k.startsWith('lotse:') && k.endsWith(':conversation'));
        return key ? localStorage.getItem(key) : null;
      }),
  };
}

export type WidgetPage = ReturnType<typeof widget>;

/** Text of the element focused inside the widget's shadow root (document.activeElement is the host). */
export const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('lotse-widget');
    const active = host?.shadowRoot?.activeElement;
    return active
      ? `${active.tagName.toLowerCase()}:${(active.textContent ?? '').trim()}`
      : `outside:${document.activeElement?.tagName}`;
  });

/** Presses Tab until the focused element inside the widget matches, at most `max` times. */
export async function tabTo(page: Page, pattern: RegExp, max = 60) {
  for (let i = 0; i < max; i++) {
    if (pattern.test(await focusedLabel(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`focus never reached ${pattern}; last: ${await focusedLabel(page)}`);
}

/** Asserts nothing inside `locator` is wider than its box (no horizontal scrolling on small screens). */
export const overflowsHorizontally = (locator: Locator) =>
  locator.evaluate((el) => el.scrollWidth > el.clientWidth + 1);

/** Options that lead through a typical Dresden case: Duldung, permit needed, Tunesien, a job. */
export const TYPICAL_CASE = [
  'Duldung',
  'Beschäftigung nur mit Erlaubnis',
  'Tunesien',
  'Arbeitsstelle',
  'Nein',
  'Weiß nicht',
];
