import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS_DIR = 'test-artifacts';

/** Without the background-networking flags Chromium floods the closed network with requests. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fails loudly (never skips) when Chromium is missing, and says how to install it. */
export function assertChromium(path = CHROMIUM_PATH): void {
  if (!existsSync(path)) {
    throw new Error(
      `Browser tests need Chromium at ${path}, and it is missing. Install it with ` +
        '`apt-get update && apt-get install -y chromium` (as .ci/run does), or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
}

export interface TestBrowser {
  browser: Browser;
  /** A fresh context (own storage) per test; viewport as given. */
  context(options?: { width?: number; height?: number; locale?: string }): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium through playwright-core. Playwright starts every launch with its own
 * fresh temporary --user-data-dir; downloads land in a temp directory removed on close.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  assertChromium();
  const downloadsPath = mkdtempSync(join(tmpdir(), 'lotse-downloads-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, downloadsPath });
  return {
    browser,
    context: ({ width = 1280, height = 900, locale = 'de-DE' } = {}) =>
      browser.newContext({ viewport: { width, height }, locale, acceptDownloads: true }),
    close: async () => {
      await browser.close();
      rmSync(downloadsPath, { recursive: true, force: true });
    },
  };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core in the page (it walks open shadow roots); returns serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through DevTools, not as an inline <script>: the pages under test have a strict CSP.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Readable summary for assertion messages. */
export const describeViolations = (violations: AxeViolation[]) =>
  violations.map((v) => `${v.impact} ${v.id}: ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`).join('\n');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: false });
}
