import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { stdin, stdout } from 'node:process';
import { loadConfig } from '../config';
import { openDatabase } from '../../data/database';
import { LinkStore } from '../../data/linkStore';
import { AccountStore } from '../../data/accountStore';
import { LoopbackConnector } from './loopbackConnector';
import { renderActivity } from './renderActivity';

/**
 * `npm run chat`: talk to the running bot from a terminal, through the same HTTP endpoint as the
 * Emulator. Replies come back to a loopback connector, so proactive messages show up too.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const botUrl = config.botUrl ?? `http://localhost:${config.port}/api/messages`;
  const connector = new LoopbackConnector();
  const serviceUrl = await connector.start();
  const rl = createInterface({ input: stdin, output: stdout });
  const session = { conversation: { id: `terminal-${randomUUID()}` }, from: { id: `terminal-user-${process.pid}`, name: 'You' } };
  let choices: string[] = [];
  connector.onActivity(({ activity }) => {
    if (activity.type === 'typing') return;
    const rendered = renderActivity(activity);
    choices = rendered.choices.length > 0 ? rendered.choices : choices;
    stdout.write(`\nbot> ${rendered.lines.join('\n     ')}\n`);
  });

  const send = async (activity: Record<string, unknown>): Promise<void> => {
    const response = await fetch(botUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channelId: 'terminal', serviceUrl, recipient: { id: 'bot' }, locale: 'fr-FR', ...session, ...activity }),
    });
    if (!response.ok) stdout.write(`(the bot answered HTTP ${response.status})\n`);
  };

  try {
    await send({ type: 'conversationUpdate', membersAdded: [session.from] });
  } catch {
    stdout.write(`Cannot reach the bot at ${botUrl}. Start it first with: npm start\n`);
    await connector.stop();
    rl.close();
    return;
  }
  await offerDemoLink(rl, config.databasePath, config.linking, send);
  stdout.write('Type a message (a number picks a suggested reply, "quit" leaves).\n');
  for (;;) {
    const typed = (await rl.question('you> ')).trim();
    if (typed === 'quit' || typed === 'exit') break;
    if (typed === '') continue;
    const picked = /^\d+$/.test(typed) ? choices[Number(typed) - 1] : undefined;
    choices = [];
    await send({ type: 'message', id: randomUUID(), text: picked ?? typed });
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  rl.close();
  await connector.stop();
}

/** Saves a newcomer the admin step: issues a code for a demo customer and sends it as "link <code>". */
async function offerDemoLink(
  rl: ReturnType<typeof createInterface>, databasePath: string, policy: ReturnType<typeof loadConfig>['linking'],
  send: (activity: Record<string, unknown>) => Promise<void>,
): Promise<void> {
  const db = openDatabase(databasePath);
  const accounts = new AccountStore(db);
  const demo = ['c1', 'c2'].map((id) => accounts.customer(id)).filter((c) => c !== null);
  if (demo.length === 0) {
    db.close();
    return;
  }
  stdout.write(`Link this chat to a demo customer? ${demo.map((c, i) => `[${i + 1}] ${c.name}`).join('  ')}  [n] no\n`);
  const answer = (await rl.question('> ')).trim();
  const customer = demo[Number(answer) - 1];
  if (customer) {
    const code = new LinkStore(db, policy).issueCode(customer.id, new Date()) as string;
    const linkWord = customer.locale.startsWith('fr') ? 'lier' : 'link';
    await send({ type: 'message', id: randomUUID(), text: `${linkWord} ${code}`, locale: customer.locale });
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  db.close();
}

main().catch((error: unknown) => {
  console.error('chat failed:', (error as Error).message);
  process.exitCode = 1;
});
