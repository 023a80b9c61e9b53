import type { Page } from 'playwright-core';

/**
 * The visible controls (links, buttons, fields, summaries) lower than `min` CSS pixels, as
 * "text (height)": touch targets must be at least 44 px (issue 14's rule for the widget, review finding 21).
 */
export async function smallTargets(page: Page, min = 44): Promise<string[]> {
  return page.evaluate(`(() => {
    const found = [];
    for (const e of document.querySelectorAll('a[href], button, select, input, textarea, summary')) {
      const r = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      if (r.width === 0 || r.height === 0 || r.right < 0 || style.visibility === 'hidden') continue;
      // A radio or checkbox counts with its label row.
      const target = e.matches('input[type=radio], input[type=checkbox]') ? e.parentElement.getBoundingClientRect() : r;
      if (target.height < ${min} - 0.5)
        found.push((e.textContent || e.getAttribute('aria-label') || e.id || e.tagName).trim().slice(0, 40) + ' (' + Math.round(target.height) + ')');
    }
    return found;
  })()`);
}
