import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Stack } from './stack.js';

/** Debian's chromium, installed by .ci/run; playwright-core downloads no browser of its own. */
export const chromiumPath = '/usr/bin/chromium';

export const screenshotDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../artifacts/screenshots');

export const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install -y chromium (.ci/run does)`);
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The current screen at both sizes the admin must work at, as build artefacts. */
export async function screenshotBothSizes(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const original = page.viewportSize() ?? viewports.desktop;
  for (const [size, viewport] of Object.entries(viewports)) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: path.join(screenshotDir, `${name}-${size}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
}

/** No sideways scrolling at the phone width: everything reflows into 390 px. */
export async function fitsPhoneWidth(page: Page): Promise<boolean> {
  const original = page.viewportSize();
  await page.setViewportSize(viewports.phone);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (original !== null) await page.setViewportSize(original);
  return overflow <= 0;
}

/** Signs the stack's admin in through the sign-in screen and waits for the shell. */
export async function signInAsAdmin(page: Page, stack: Stack): Promise<void> {
  await page.goto(`${stack.app.url}/admin/`);
  await page.getByLabel('E-mail').fill(stack.admin.email);
  await page.getByLabel('Password').fill(stack.admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in-as').waitFor();
}
