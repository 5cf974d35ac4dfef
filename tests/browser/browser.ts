import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (browser downloads do not work on these machines); CHROMIUM_PATH moves it. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Without the background-networking flags Chromium's own connections are refused on a closed network. */
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/** A phone: 375 px wide, French, in the bank's time zone. */
export async function phonePage(browser: Browser, locale = 'fr-FR'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, locale, timezoneId: 'Europe/Paris' });
  return context.newPage();
}

/** Where the screenshots of a run go (SCREENSHOTS_DIR, else a fresh folder under the system's temp). */
export function screenshotFolder(): string {
  const folder = process.env.SCREENSHOTS_DIR || join(tmpdir(), `webchat-screenshots-${process.pid}`);
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Types a message in Web Chat's send box, as a customer does, and sends it with Enter. */
export async function say(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox').last();
  await box.fill(text);
  await box.press('Enter');
}

/** A quick reply (suggested action) of the latest bot message, in Web Chat's toolbar of suggested actions. */
export function quickReply(page: Page, title: string) {
  return page.getByRole('toolbar').getByRole('button', { name: title, exact: true });
}
