import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

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

interface Viewport {
  width?: number;
  height?: number;
  locale?: string;
}

export interface TestBrowser {
  browser: Browser;
  /** A fresh context (own storage) per test; viewport as given (1280 × 900 and de-DE by default). */
  context(options?: Viewport): Promise<BrowserContext>;
  /**
   * A page in a fresh context at the given width; without a height, 740 px for a phone (below 500 px wide),
   * else 900 px.
   */
  page(options?: Viewport): Promise<Page>;
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
  const context = ({ width = 1280, height = 900, locale = 'de-DE' }: Viewport = {}) =>
    browser.newContext({ viewport: { width, height }, locale, acceptDownloads: true });
  return {
    browser,
    context,
    page: async ({ width = 1280, height, locale }: Viewport = {}) =>
      (await context({ width, height: height ?? (width < 500 ? 740 : 900), locale })).newPage(),
    close: async () => {
      await browser.close();
      rmSync(downloadsPath, { recursive: true, force: true });
    },
  };
}

/** The server a browser test file runs against (a widget server, Lotse with its inbox …) and Chromium. */
export interface BrowserSuite<S> {
  readonly server: S;
  readonly browser: TestBrowser;
}

/**
 * The set-up every browser test file repeated, registered at the top level of the file: before its tests
 * `before` (e.g. building the bundles), then the server and Chromium started side by side, then `ready`
 * (listening, seeding); after them Chromium is closed, then the server stopped.
 */
export function browserSuite<S extends { stop(): Promise<unknown> }>(
  start: () => Promise<S>,
  {
    before,
    ready,
    timeoutMs = 60_000,
  }: { before?: () => Promise<unknown>; ready?: (server: S) => Promise<unknown>; timeoutMs?: number } = {},
): BrowserSuite<S> {
  let server: S | undefined;
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    await before?.();
    [server, browser] = await Promise.all([start(), launchBrowser()]);
    await ready?.(server);
  }, timeoutMs);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`the ${what} of this browser suite is not started (its beforeAll failed?)`);
    return value;
  };
  return {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
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
