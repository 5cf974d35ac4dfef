import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { signBody } from '../../bot/notifications/signature';
import { startWebChatServer, type WebChatServer } from '../support/webChatServer';
import { cinemaPayment, EVENTS_SECRET } from '../support/events';
import { launchChromium, phonePage, quickReply, say, screenshotFolder } from './browser';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const folder = screenshotFolder();

/**
 * A customer on /chat, at 375 px, in a real Chromium: welcome, link with a code, a quick reply, an exact
 * balance, a receipt card and its total, a notification after a signed bank event. Then /console.
 */
describe('web chat in Chromium', () => {
  let server: WebChatServer;
  let browser: Browser;
  let page: Page;
  let step = 0;
  const shot = async (name: string) => {
    step += 1;
    await page.screenshot({ path: join(folder, `${String(step).padStart(2, '0')}-${name}.png`) });
  };
  const seen = (text: string) => page.getByText(text, { exact: false }).last().waitFor();

  beforeAll(async () => {
    process.stdout.write(`browser test screenshots: ${folder}\n`);
    server = await startWebChatServer({ env: { EVENTS_SECRET } });
    browser = await launchChromium();
    page = await phonePage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('welcomes a new visitor in French', async () => {
    await page.goto(`${server.url}/chat`);
    await seen('Bonjour ! Je suis l’assistant de votre banque.');
    expect(await quickReply(page, 'Lier mon compte').isVisible()).toBe(true);
    await shot('welcome');
  });

  it('links with a one-time code', async () => {
    const code = await server.bot.services.links.issueCode('c1', server.bot.clock.now()) as string;
    await say(page, `lier ${code}`);
    await seen('C’est fait, cette conversation est liée. Bienvenue, Camille !');
    await shot('linked');
  });

  it('answers a quick reply with the exact balance', async () => {
    await quickReply(page, 'Mon solde').click();
    await seen(`Livret A (FR76 •••• •••• 0987) : 12${NNBSP}452,07${NBSP}€`);
    await shot('balance');
  });

  it('pages a long list with the Voir plus quick reply', async () => {
    await quickReply(page, 'Dernières opérations').click();
    await page.getByText(/^Vos dernières opérations \(1 à 10 sur \d+\)/).last().waitFor();
    await quickReply(page, 'Voir plus').click();
    await page.getByText(/^Vos dernières opérations \(11 à 20 sur \d+\)/).last().waitFor();
    await shot('paging');
  });

  it('shows a receipt card with its total', async () => {
    await say(page, 'montre-moi le reçu de mon achat Fnac');
    await quickReply(page, 'Fnac 27 nov.').click();
    const card = page.locator('.ac-adaptiveCard').last();
    await card.getByText('Reçu Fnac').waitFor();
    expect(await card.innerText()).toMatch(new RegExp(`Total\\W*362,98${NBSP}€`));
    await card.scrollIntoViewIfNeeded();
    await shot('receipt');
  });

  it('shows a notification that arrives after a signed bank event', async () => {
    await say(page, 'active les notifications');
    await seen('C’est fait : je vous préviendrai ici');
    const body = JSON.stringify({ ...cinemaPayment('evt-browser'), occurredAt: server.bot.clock.now().toISOString() });
    const response = await fetch(`${server.url}/api/events`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-signature-256': signBody(body, EVENTS_SECRET) }, body,
    });
    expect(response.status).toBe(202);
    await seen(`💳 Paiement de 42,00${NBSP}€ chez Cinéma Pathé — solde du compte courant : 3${NNBSP}440,15${NBSP}€`);
    await shot('notification');
  });

  it('resumes the conversation after a reload', async () => {
    await page.reload();
    await seen('💳 Paiement de 42,00');
    expect(await page.getByText('Bienvenue, Camille').count()).toBeGreaterThan(0);
  });

  it('fits a 375 px screen and is usable with the keyboard alone, with labelled regions and controls', async () => {
    page = await phonePage(browser);
    await page.goto(`${server.url}/chat`);
    await seen('Bonjour ! Je suis l’assistant de votre banque.');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    expect(await page.getByRole('region', { name: 'Conversation avec l’assistant' }).count()).toBe(1);
    expect(await page.getByRole('group', { name: 'Langue' }).getByRole('button', { name: 'English' }).count()).toBe(1);
    let typed = false;
    for (let presses = 0; presses < 30 && !typed; presses++) {
      await page.keyboard.press('Tab');
      typed = await page.evaluate<boolean>(`!!document.activeElement?.matches('input[type="text"], textarea')`);
    }
    expect(typed).toBe(true);
    await page.keyboard.type('aide');
    await page.keyboard.press('Enter');
    await seen('Je peux répondre à');
    await page.getByRole('button', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('heading', { name: 'Your bank’s assistant' }).waitFor();
    await shot('keyboard-english');
  });

  it('shows on /console the trace of the last turn', async () => {
    page = await phonePage(browser);
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto(`${server.url}/console`);
    await seen('Bonjour ! Je suis l’assistant de votre banque.');
    await page.getByRole('button', { name: 'Lier en tant que Camille Martin' }).click();
    await seen('Bienvenue, Camille !');
    await say(page, 'combien sur mon livret A ?');
    await seen(`Livret A (FR76 •••• •••• 0987) : 12${NNBSP}452,07${NBSP}€`);
    const last = page.locator('#turns li').first();
    await last.getByText(`«${NNBSP}combien sur mon livret A ?${NNBSP}»`).waitFor();
    expect(await last.getAttribute('data-dialog')).toBe('balanceDialog');
    expect(await last.innerText()).toMatch(/Balance \d\.\d\d/);
    await shot('console');
  });
});
