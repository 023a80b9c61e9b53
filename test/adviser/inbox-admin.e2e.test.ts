import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildInbox } from '../../scripts/build-inbox.js';
import { browserSuite, describeViolations, screenshot, seriousViolations } from '../support/browser.js';
import { escalateByButton } from './support/employer.js';
import { jsonPost } from './support/http.js';
import { PASSWORD, startLotse } from './support/lotse.js';
import { seedStats } from './support/stats-seed.js';
import { smallTargets } from './support/targets.js';

// Issue 19, points 3, 4 and 5: the statistics page against the rows in the file, its CSV, and the
// administration an admin does in the inbox instead of on the command line.

let url: string;
let admin: string;
let jana: { id: string; email: string };
const suite = browserSuite(() => startLotse(), {
  before: () => buildInbox(),
  ready: async (lotse) => {
    url = await lotse.listen();
    const [a, j] = await Promise.all([lotse.addAdviser('Dora Leitung', 'admin'), lotse.addAdviser('Jana Beraterin')]);
    admin = a.email;
    jana = j;
    seedStats(lotse.writable());
  },
  timeoutMs: 120_000,
});

async function signIn(page: Page, email: string, password = PASSWORD, hash = '') {
  await page.goto(`${url}/inbox${hash}`);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('button', { name: 'Abmelden' }).waitFor();
}

const sql = <T>(query: string, ...params: unknown[]) => {
  const db = suite.server.readonly();
  try {
    return db.prepare(query).all(...params) as T[];
  } finally {
    db.close();
  }
};
const shown = (n: number) => (n > 0 && n < 5 ? '< 5' : String(n));

describe('the statistics page', { timeout: 120_000 }, () => {
  it('shows the figures of a chosen range as the rows in the file say, charts with tables, and exports them as CSV', async () => {
    const page = await suite.browser.page();
    await signIn(page, jana.email, PASSWORD, '#stats');
    await page.getByRole('heading', { name: 'Statistik', level: 1 }).waitFor();
    await page.getByLabel('Von', { exact: true }).fill('2026-01-01');
    await page.getByLabel('Bis', { exact: true }).fill('2026-06-30');
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await expect.poll(() => page.locator('#stats-csv').getAttribute('href')).toContain('from=2026-01-01');

    const [conversations] = sql<{ n: number }>(
      "SELECT COUNT(*) AS n FROM conversation_stats WHERE substr(started_at, 1, 10) BETWEEN '2026-01-01' AND '2026-06-30'",
    );
    const [handoffs] = sql<{ n: number }>(
      "SELECT COUNT(*) AS n FROM case_stats WHERE substr(created_at, 1, 10) BETWEEN '2026-01-01' AND '2026-06-30'",
    );
    const total = (label: string) => page.locator('.totals div', { hasText: label }).locator('dd').textContent();
    expect(await total('Gespräche')).toBe(shown(conversations?.n ?? -1));
    expect(await total('Übergaben')).toBe(shown(handoffs?.n ?? -1));

    // Each figure: an SVG image with a name, and the numbers in a table beside it.
    const verdicts = page.getByRole('region', { name: 'Einschätzungen' });
    expect(await verdicts.getByRole('img', { name: /Einschätzungen/ }).count()).toBe(1);
    const expected = sql<{ verdict: string; n: number }>(
      `SELECT verdict, COUNT(*) AS n FROM conversation_stats
       WHERE verdict = 'permission_required' AND substr(started_at, 1, 10) BETWEEN '2026-01-01' AND '2026-06-30'`,
    )[0];
    const row = verdicts.getByRole('row', { name: /Erlaubnis der Ausländerbehörde nötig/ });
    expect(await row.getByRole('cell').first().textContent()).toBe(shown(expected?.n ?? -1));
    await screenshot(page, 'adviser-stats-1280');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Als CSV herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('lotse-statistik-2026-01-01-2026-06-30.csv');
    const csv = readFileSync((await download.path()) ?? '', 'utf8').split('\r\n');
    expect(csv).toContain(`totals,conversations,Gespräche,${shown(conversations?.n ?? -1)},`);
    expect(csv).toContain(`totals,handoffs,Übergaben,,${shown(handoffs?.n ?? -1)}`);
  });

  it('has no serious or critical axe findings and stays readable, at 1280 and 375 px', async () => {
    for (const width of [1280, 375]) {
      const context = await suite.browser.browser.newContext({
        bypassCSP: true,
        locale: 'de-DE',
        viewport: { width, height: 800 },
      });
      const page = await context.newPage();
      await signIn(page, admin, PASSWORD, '#stats');
      await page.locator('.totals').waitFor();
      await page.getByLabel('Von', { exact: true }).fill('2026-01-01');
      await page.getByLabel('Bis', { exact: true }).fill('2026-06-30');
      await page.getByRole('button', { name: 'Anzeigen' }).click();
      await expect.poll(() => page.locator('#stats-csv').getAttribute('href')).toContain('from=2026-01-01');
      const onStats = await seriousViolations(page);
      expect(onStats, describeViolations(onStats)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // Readable at this width: chart text at least 10 px, no category broken inside a word.
      const readability = await page.evaluate(() => {
        const charts = [...document.querySelectorAll<SVGSVGElement>('.figure svg[role="img"]')];
        const textPx = charts.map((chart) => (chart.getBoundingClientRect().width / chart.viewBox.baseVal.width) * 11);
        const broken: string[] = [];
        for (const th of document.querySelectorAll('table.data tbody th')) {
          const node = th.firstChild;
          if (!node || node.nodeType !== Node.TEXT_NODE) continue;
          for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index ?? 0);
            range.setEnd(node, (word.index ?? 0) + word[0].length);
            if (range.getClientRects().length > 1) broken.push(word[0]);
          }
        }
        return { charts: charts.length, smallestText: Math.min(...textPx), broken };
      });
      expect(readability.charts).toBeGreaterThan(3);
      expect(readability.smallestText).toBeGreaterThanOrEqual(10);
      expect(readability.broken).toEqual([]);
      expect(await smallTargets(page), `statistics at ${width}px`).toEqual([]);
      await page.goto(`${url}/inbox#team`);
      await page.locator('#team-table').waitFor();
      const onTeam = await seriousViolations(page);
      expect(onTeam, describeViolations(onTeam)).toEqual([]);
      await context.close();
    }
  });
});

describe('administration in the inbox', { timeout: 120_000 }, () => {
  it('invites an adviser with a one-time link, who chooses a password and signs in', async () => {
    const page = await suite.browser.page();
    await signIn(page, admin, PASSWORD, '#team');
    await page.locator('#team-table').waitFor();
    await page.locator('#team').getByLabel('Name', { exact: true }).fill('Ines Neu');
    await page.locator('#team').getByLabel('E-Mail-Adresse', { exact: true }).fill('ines@beratung.example');
    await page.getByRole('button', { name: 'Einladung erstellen' }).click();
    const link = await page.locator('.link-out input').inputValue();
    expect(link).toMatch(new RegExp(`^${url}/inbox#invite=[\\w-]+$`));

    const invited = await suite.browser.page();
    await invited.goto(link);
    await invited.getByRole('heading', { name: 'Willkommen, Ines Neu' }).waitFor();
    await invited.getByLabel('Passwort (mindestens 12 Zeichen)').fill('ines-eigenes-passwort');
    await invited.getByLabel('Passwort wiederholen').fill('ines-eigenes-passwort');
    await invited.getByRole('button', { name: 'Konto anlegen' }).click();
    await invited.getByText('Fertig. Bitte melden Sie sich jetzt an.').waitFor();
    await signIn(invited, 'ines@beratung.example', 'ines-eigenes-passwort');
    // The same link a second time is refused.
    const again = await suite.browser.page();
    await again.goto(link);
    await again.getByText('Dieser Link ist nicht (mehr) gültig.', { exact: false }).waitFor();
  });

  it('resets a password, disables an account, changes a role, unlocks, frees a claim; the audit log shows each', async () => {
    const paul = await suite.server.addAdviser('Paul Vergesslich');
    const lena = await suite.server.addAdviser('Lena Gesperrt');
    for (let i = 0; i < 5; i++)
      await jsonPost(suite.server.app, '/api/v1/adviser/login', {
        email: lena.email,
        password: `falsch-${i}-xxxxxxxx`,
      });
    const claimed = suite.server.caseOf(await escalateByButton(suite.server.conversations));
    const janaPage = await suite.browser.page();
    await signIn(janaPage, jana.email, PASSWORD, `#case=${claimed}`);
    await janaPage.getByRole('button', { name: 'Fall übernehmen' }).click();
    await janaPage.locator('#reply-text').waitFor();

    const page = await suite.browser.page();
    await signIn(page, admin, PASSWORD, '#team');
    const rowOf = (name: string) => page.locator('#team-table tr', { hasText: name });
    await rowOf('Lena Gesperrt').getByText('gesperrt (Fehlversuche)').waitFor();

    await rowOf('Paul Vergesslich').getByRole('button', { name: 'Passwort zurücksetzen: Paul Vergesslich' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Passwort zurücksetzen' }).click();
    await page.locator('.link-out', { hasText: 'Paul Vergesslich' }).waitFor();
    expect(
      (await jsonPost(suite.server.app, '/api/v1/adviser/login', { email: paul.email, password: PASSWORD })).status,
    ).toBe(401);

    await rowOf('Paul Vergesslich').getByRole('button', { name: 'Deaktivieren: Paul Vergesslich' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Deaktivieren' }).click();
    await rowOf('Paul Vergesslich').getByText('deaktiviert', { exact: true }).waitFor();

    await rowOf('Jana Beraterin').getByLabel('Rolle ändern: Jana Beraterin').selectOption('admin');
    await expect
      .poll(() => sql<{ role: string }>('SELECT role FROM advisers WHERE id = ?', jana.id)[0]?.role)
      .toBe('admin');

    await rowOf('Lena Gesperrt').getByRole('button', { name: 'Entsperren: Lena Gesperrt' }).click();
    await rowOf('Lena Gesperrt').getByText('aktiv', { exact: true }).waitFor();
    expect(
      (await jsonPost(suite.server.app, '/api/v1/adviser/login', { email: lena.email, password: PASSWORD })).status,
    ).toBe(200);
    await screenshot(page, 'adviser-team-1280');

    await page.goto(`${url}/inbox#case=${claimed}`);
    await page.getByRole('button', { name: 'Fall freigeben' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Fall freigeben' }).click();
    await page.locator('.case-head .badge.open').waitFor();
    // The holder's open page hears of it and offers the case again.
    await janaPage.getByRole('button', { name: 'Fall übernehmen' }).waitFor({ timeout: 10_000 });

    await page.getByRole('link', { name: 'Protokoll' }).click();
    const log = page.locator('table.audit');
    await log.waitFor();
    const text = await log.textContent();
    for (const action of [
      'freigegeben',
      'Konto entsperrt',
      'Rolle geändert',
      'Konto deaktiviert',
      'Passwort zurückgesetzt',
    ])
      expect(text).toContain(action);
    expect(text).toContain('Paul Vergesslich');
  });
});
