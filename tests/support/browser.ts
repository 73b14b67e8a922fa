import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'screenshots');

/** Debian's Chromium with the flags this network needs (TOOLCHAIN.md); never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

/** Collects console errors and page errors, so a test can assert a page ran clean. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  // The stack says which code threw (an unhandled rejection's message alone rarely does).
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}${e.stack ? `\n${e.stack}` : ''}`));
  return problems;
}

/**
 * Waits (up to `timeoutMs`) until every finite CSS animation and transition on the page has finished, so a
 * screenshot shows the screen as a person sees it, not a modal half faded in. Endless animations (a scrolling
 * notice) are ignored.
 */
export async function settle(page: Page, timeoutMs = 4000): Promise<void> {
  await page
    .waitForFunction(
      () =>
        document.getAnimations().every((a) => {
          const timing = a.effect?.getComputedTiming();
          return a.playState !== 'running' || timing?.iterations === Infinity;
        }),
      undefined,
      { timeout: timeoutMs, polling: 100 },
    )
    .catch(() => undefined);
}

export async function screenshot(page: Page, name: string, options: { settle?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  if (options.settle ?? true) await settle(page);
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
