import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { testBackends } from '@coopex/db/testing';
import { buildServer } from '@coopex/server';
import { loadDemoData, prepareDatabase } from '@coopex/use-cases';
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';
const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const screenshotDirectory = path.join(repositoryRoot, 'artifacts', 'screenshots');

/**
 * Whether the browser tests can run here. They drive the system's Chromium and never download one: in CI a missing
 * browser fails the suite with the reason, on a developer's machine the suite is skipped with the reason.
 */
export function isChromiumAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  const reason = `Browser tests need Chromium at ${chromiumPath} (Debian: apt-get install chromium).`;
  if (process.env.CI) throw new Error(`${reason} It is missing on this CI machine.`);
  console.warn(`${reason} Skipping the browser tests.`);
  return false;
}

export interface CoopexUnderTest {
  url: string;
  browser: Browser;
  page: Page;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real server on a fresh embedded database with the demo market, serving the built web app, and one headless
 * Chromium page. The web app is built first when its build is missing or older than its sources.
 */
export async function startCoopexUnderTest(
  options: { viewport?: { width: number; height: number } } = {},
): Promise<CoopexUnderTest> {
  execFileSync(process.execPath, [path.join(repositoryRoot, 'apps/web/scripts/build-if-stale.js')], {
    stdio: 'inherit',
  });
  const backend = testBackends().find((candidate) => candidate.name === 'pglite')!;
  const { database, dispose } = await backend.open();
  await prepareDatabase({ database });
  await loadDemoData({ database });
  const server = await buildServer({ database, logger: false });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: 'ru-RU',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  mkdirSync(screenshotDirectory, { recursive: true });

  return {
    url,
    browser,
    page,
    async screenshot(name) {
      await page.screenshot({ path: path.join(screenshotDirectory, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      await server.close();
      await dispose();
    },
  };
}
