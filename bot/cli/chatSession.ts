import type { BotClient, DemoBank, DemoCustomer } from './botClient';
import type { LoopbackConnector } from './loopbackConnector';
import { TerminalConversation, type ChatIo } from './terminalConversation';

/** What to do when the bot cannot be used from this terminal, said in full (the newcomer has only this). */
const CANNOT_CHAT: Record<Exclude<DemoBank['kind'], 'customers'>, (url: string) => string> = {
  'unreachable': (url) => `Cannot reach the bot at ${url}.\n`
    + 'Start it in another terminal with "npm start", wait for "bank assistant ready", then run "npm run chat" again.\n'
    + 'If it runs on another port, set BOT_URL, e.g. BOT_URL=http://localhost:4000/api/messages npm run chat\n',
  'not-local-mode': (url) => `The bot at ${url} has channel credentials (MicrosoftAppId), so it answers only authenticated channels.\n`
    + 'The terminal chat needs a bot started without MicrosoftAppId and MicrosoftAppPassword (local mode).\n',
  'not-this-machine': (url) => `The bot at ${url} runs on another machine; in local mode it answers only this one.\n`
    + 'Start the bot here with "npm start" and leave BOT_URL unset.\n',
};

const NO_DEMO_CUSTOMERS = 'The bot\'s database has no demo customers (it holds an imported dataset).\n'
  + 'Get a code with "npm run admin -- link-code <customerId>" (with the bot\'s DATABASE_PATH), then type "link <code>" here.\n';

const HINT = {
  fr: 'Écrivez votre message (un numéro choisit une réponse proposée, «\u202fquit\u202f» pour partir).\n',
  en: 'Type a message (a number picks a suggested reply, "quit" leaves).\n',
};

/**
 * `npm run chat`: first the chat's own question (who to be in the demo bank), before any message from
 * the bot, so that nothing typed lands in the wrong prompt; then the conversation, in the chosen
 * customer's language. Proactive messages (real-time updates) are printed as they arrive. Returns the exit code.
 */
export async function runChat(
  client: BotClient, io: ChatIo, fallbackLocale: string, proactive?: Pick<LoopbackConnector, 'onActivity'>,
): Promise<number> {
  const bank = await client.demoBank();
  if (bank.kind !== 'customers') {
    io.write(CANNOT_CHAT[bank.kind](client.messagesUrl));
    return 1;
  }
  if (bank.customers.length === 0) io.write(NO_DEMO_CUSTOMERS);
  const choice = bank.customers.length > 0 ? await chooseCustomer(bank.customers, io) : 'nobody';
  if (choice === 'ended') return 0;
  const conversation = new TerminalConversation(client, io, choice === 'nobody' ? fallbackLocale : choice.locale);
  proactive?.onActivity(({ activity }) => conversation.show(activity));
  if (choice === 'nobody') {
    await conversation.open();
  } else {
    const code = await client.demoLinkCode(choice.id);
    if (!code) {
      io.write(`The bot no longer has the demo customer ${choice.id}; restart it on an empty DATABASE_PATH to seed the demo bank again.\n`);
      return 1;
    }
    await conversation.say(`${isFrench(choice.locale) ? 'lier' : 'link'} ${code}`);
  }
  io.write(HINT[isFrench(conversation.locale) ? 'fr' : 'en']);
  for (;;) {
    io.write('you> ');
    const line = await io.lines.next();
    if (line.done) break;
    const typed = line.value.trim();
    if (typed === 'quit' || typed === 'exit') break;
    if (typed) await conversation.say(typed);
  }
  return 0;
}

/** Asks until the answer is one of the numbers offered; 'ended' when the input closes first. */
async function chooseCustomer(customers: DemoCustomer[], io: ChatIo): Promise<DemoCustomer | 'nobody' | 'ended'> {
  io.write('Demo bank: who are you? · Banque de démo\u00a0: qui êtes-vous\u202f?\n');
  customers.forEach((customer, i) => io.write(`  [${i + 1}] ${customer.name} (${isFrench(customer.locale) ? 'français' : 'English'})\n`));
  io.write('  [0] nobody, not linked · personne, sans lier\n');
  for (;;) {
    io.write('> ');
    const line = await io.lines.next();
    if (line.done) return 'ended';
    const answer = line.value.trim();
    if (answer === '0') return 'nobody';
    const customer = /^\d+$/.test(answer) ? customers[Number(answer) - 1] : undefined;
    if (customer) return customer;
    io.write(`Type a number from 0 to ${customers.length}. · Tapez un nombre de 0 à ${customers.length}.\n`);
  }
}

function isFrench(locale: string): boolean {
  return locale.toLowerCase().startsWith('fr');
}
