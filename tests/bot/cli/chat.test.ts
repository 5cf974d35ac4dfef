import { BotClient } from '../../../bot/cli/botClient';
import { runChat } from '../../../bot/cli/chatSession';
import { openDatabase } from '../../../data/database';
import { importDataset } from '../../../data/import/importer';
import { startHttpBot, type HttpBot } from '../../support/httpBot';
import { freePort } from '../../support/freePort';

/** The terminal: typed lines given up front (read only when the chat asks), everything written kept. */
function terminal(typed: string[]) {
  let written = '';
  async function* lines() {
    yield* typed;
  }
  return { io: { lines: lines(), write: (text: string) => { written += text; } }, written: () => written };
}

async function chat(messagesUrl: string, serviceUrl: string, typed: string[]) {
  const screen = terminal(typed);
  const code = await runChat(new BotClient(messagesUrl, serviceUrl), screen.io, 'en-GB');
  return { code, text: screen.written() };
}

const CHOICE = `Demo bank: who are you? · Banque de démo\u00a0: qui êtes-vous\u202f?
  [1] Camille Martin (français)
  [2] James Wilson (English)
  [3] Léa Dubois (français)
  [4] Emily Clarke (English)
  [0] nobody, not linked · personne, sans lier
`;

/** No-break spaces (French punctuation, thousands) read as plain ones. */
function withPlainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

describe('npm run chat against the running bot', () => {
  let http: HttpBot;
  afterEach(() => http.stop());
  const talk = (typed: string[]) => chat(`${http.url}/api/messages`, http.connector.serviceUrl, typed);

  it('asks its own question before any bot message, then links Camille and speaks French', async () => {
    http = await startHttpBot();
    const { code, text } = await talk(['1', 'quel est mon solde ?', 'quit']);
    expect(code).toBe(0);
    const hint = 'Écrivez votre message (un numéro choisit une réponse proposée, «\u202fquit\u202f» pour partir).\n';
    expect(text.startsWith(`${CHOICE}> bot> `)).toBe(true);
    expect(text).toContain(`\n${hint}you> bot> `);
    // The bot's own wording and its spaces before punctuation are tested with the dialogs; here, what was said in which order.
    expect(withPlainSpaces(text.slice(CHOICE.length).replace(hint, '<hint>\n'))).toBe('> '
      + 'bot> C’est fait, cette conversation est liée. Bienvenue, Camille ! Que voulez-vous consulter ?\n'
      + '     [1] Mon solde  [2] Dernières opérations  [3] Mes reçus  [4] Mes livraisons\n'
      + '<hint>\n'
      + 'you> bot> Vos soldes :\n'
      + '     • Compte courant (FR76 •••• •••• 0143) : 3 482,15 €\n'
      + '     • Livret A (FR76 •••• •••• 0987) : 12 452,07 €\n'
      + '     • Carte Visa Premier (•••• 4242) : -1 071,77 €\n'
      + '     [1] Dernières opérations  [2] Mes reçus  [3] Mes livraisons\n'
      + 'you> ');
    expect(http.connector.received).toEqual([]);
  });

  it('links James in English, and a number picks one of the suggested replies', async () => {
    http = await startHttpBot();
    const { text } = await talk(['2', '1']);
    expect(withPlainSpaces(text)).toContain('bot> Done, this chat is now linked. Welcome, James! What would you like to check?\n'
      + '     [1] My balance  [2] Latest transactions  [3] My receipts  [4] My deliveries\n'
      + 'Type a message (a number picks a suggested reply, "quit" leaves).\n'
      + 'you> bot> Your balances:\n'
      + '     • Current account (GB29 •••• •••• 6819): €2,916.40\n');
    expect(text).not.toMatch(/Bienvenue|soldes/);
  });

  it('asks again until the answer is one of the numbers, and opens an unlinked chat for "nobody"', async () => {
    http = await startHttpBot();
    const { code, text } = await talk(['9', 'Camille', '0', 'quit']);
    expect(code).toBe(0);
    const again = 'Type a number from 0 to 4. · Tapez un nombre de 0 à 4.\n';
    expect(text.startsWith(`${CHOICE}> ${again}> ${again}> bot> `)).toBe(true);
    expect(text).toContain('Type a message (a number picks a suggested reply, "quit" leaves).\nyou> ');
    expect(http.bot.db.prepare('SELECT count(*) AS n FROM links').get()).toEqual({ n: 0 });
  });

  it('leaves quietly when the input ends before the choice, having sent the bot nothing', async () => {
    http = await startHttpBot();
    expect(await talk([])).toEqual({ code: 0, text: `${CHOICE}> ` });
    expect(http.bot.db.prepare('SELECT count(*) AS n FROM bot_state').get()).toEqual({ n: 0 });
  });

  it('says how to get a code when the bot holds an imported dataset and no demo customer', async () => {
    const db = openDatabase(':memory:');
    await importDataset(db, { customers: [{ id: 'k1', name: 'Karim Benali', locale: 'fr-FR' }], accounts: [], transactions: [] });
    http = await startHttpBot({ db });
    const { code, text } = await talk(['quit']);
    expect(code).toBe(0);
    expect(text.startsWith('The bot\'s database has no demo customers (it holds an imported dataset).\n'
      + 'Get a code with "npm run admin -- link-code <customerId>" (with the bot\'s DATABASE_PATH), then type "link <code>" here.\n'
      + 'bot> ')).toBe(true);
  });

  it('says that a bot with channel credentials cannot be used from the terminal', async () => {
    http = await startHttpBot({ env: { MicrosoftAppId: '00000000-0000-0000-0000-0000000000b0', MicrosoftAppPassword: 'secret' } });
    const url = `${http.url}/api/messages`;
    expect(await talk(['1'])).toEqual({
      code: 1,
      text: `The bot at ${url} has channel credentials (MicrosoftAppId), so it answers only authenticated channels.\n`
        + 'The terminal chat needs a bot started without MicrosoftAppId and MicrosoftAppPassword (local mode).\n',
    });
  });
});

describe('npm run chat with no bot running', () => {
  it('says exactly what to do', async () => {
    const url = `http://localhost:${await freePort()}/api/messages`;
    expect(await chat(url, 'http://127.0.0.1:9/', ['1'])).toEqual({
      code: 1,
      text: `Cannot reach the bot at ${url}.\n`
        + 'Start it in another terminal with "npm start", wait for "bank assistant ready", then run "npm run chat" again.\n'
        + 'If it runs on another port, set BOT_URL, e.g. BOT_URL=http://localhost:4000/api/messages npm run chat\n',
    });
  });
});
