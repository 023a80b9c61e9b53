import type { BrowserContext, Page } from 'playwright-core';
import { expect, onTestFinished } from 'vitest';
import type { TestBrowser } from '../support/browser.js';

type Lang = 'de' | 'en';
/** A case as the answers to the questions the conversation asks (`unknown` for anything else). */
export type Plan = Record<string, string>;

/** Facts of the three verdicts the widget is looked at with (each ends on the question in `last`). */
export const PLANS = {
  ban: {
    plan: {
      status: 'duldung',
      workClause: 'beschaeftigung_nur_mit_erlaubnis',
      nationality: 'TN',
      asylumApplied: 'true',
      asylumAppliedOn: '2024-03',
      asylumOutcome: 'rejected',
      toleratedSince: '2025-09',
      hadWorkPermitOn11June2026: 'false',
      entryDate: '2024-02',
      removalMeasuresPending: 'false',
      'job.kind': 'employment',
    },
    last: 'asylumOutcome',
  },
  permission: {
    plan: {
      status: 'duldung',
      workClause: 'beschaeftigung_nur_mit_erlaubnis',
      nationality: 'SY',
      entryDate: '2026-10-15',
      livesInReceptionCentre: 'false',
      removalMeasuresPending: 'false',
      'job.kind': 'employment',
    },
    last: 'removalMeasuresPending',
  },
  allowed: {
    plan: {
      status: 'duldung',
      workClause: 'beschaeftigung_gestattet',
      nationality: 'SY',
      removalMeasuresPending: 'false',
      documentValidUntil: '2027-03-31',
      'job.kind': 'employment',
    },
    last: 'removalMeasuresPending',
  },
} satisfies Record<string, { plan: Plan; last: string }>;

interface Turn {
  state: { status: string; pendingQuestion?: { factKey: string; options: { value: string; label: string }[] } };
}

async function post<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * A conversation led through the API the way the widget's buttons would (the answer to each
 * question in turn), stopped at the question `last`, so its answer in the widget brings the verdict.
 * Deterministic, unlike free text: the understanding of sentences is not what these tests look at.
 */
export async function seedConversation(base: string, lang: Lang, plan: Plan, last: string) {
  const created = await post<{ id: string } & Turn>(`${base}/api/v1/conversations`, { lang });
  let turn: Turn = created;
  for (let i = 0; i < 20; i++) {
    const pending = turn.state.pendingQuestion;
    if (turn.state.status !== 'collecting' || !pending) throw new Error(`no question pending before ${last}`);
    if (pending.factKey === last) return { id: created.id, pending };
    const value = plan[pending.factKey] ?? 'unknown';
    turn = await post<Turn>(`${base}/api/v1/conversations/${created.id}/messages`, {
      choice: { factKey: pending.factKey, value },
    });
  }
  throw new Error('the conversation never asked the last question');
}

/** A page whose widget resumes conversation `id`; page errors fail the test. */
export async function pageWith(
  browser: TestBrowser,
  base: string,
  options: { width: number; height?: number; lang?: Lang; id?: string },
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.context({
    width: options.width,
    height: options.height ?? (options.width < 500 ? 740 : 900),
    locale: options.lang === 'en' ? 'en-GB' : 'de-DE',
  });
  const key = `lotse:${base}:`;
  await context.addInitScript(
    ([prefix, id, lang]) => {
      if (id && !localStorage.getItem(`${prefix}conversation`)) localStorage.setItem(`${prefix}conversation`, id);
      if (lang) localStorage.setItem(`${prefix}lang`, lang);
    },
    [key, options.id ?? '', options.lang ?? ''],
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
  onTestFinished(() => {
    expect(errors, 'uncaught errors in the page').toEqual([]);
  });
  await page.goto(base);
  return { page, context };
}
