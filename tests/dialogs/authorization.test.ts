import { FixedClock } from '../../bot/infra/clock';
import { loadConfig } from '../../bot/infra/config';
import { composeBot } from '../../bot/infra/compose';
import { silentLogger } from '../../bot/infra/logger';
import type { MessageRecognizer } from '../../bot/turn/messageRecognizer';
import type { BankRecognizerResult } from '../../bot/nlu/types';
import { openDatabase } from '../../data/database';
import { seedDemoBankIfEmpty } from '../../data/demo/seed';
import { linkChatUser, NOW, testAdapter, textOf, TIME_ZONE, type TestBot } from '../support/testBot';
import { say } from '../support/conversation';

const JAMES = { channelId: 'facebook', userId: 'psid-james' };

/**
 * Even if the recognizer were fooled into naming another customer's account id, the dialog looks it up
 * among the linked customer's accounts only, and answers as for an account that does not exist.
 */
describe('a customer naming another customer\'s account', () => {
  async function botHearing(accountId: string): Promise<TestBot> {
    const recognizer: MessageRecognizer = {
      recognize: (text): BankRecognizerResult => ({
        text, intents: { Balance: { score: 1 } }, entities: { language: 'en', account: [{ id: accountId, text: 'that account' }] },
      }),
    };
    const config = loadConfig({ DATABASE_PATH: ':memory:' });
    const clock = new FixedClock(NOW);
    const db = openDatabase(':memory:');
    await seedDemoBankIfEmpty(db, clock.now(), TIME_ZONE);
    const bot = { ...composeBot(db, config, clock, recognizer, silentLogger), db, clock, config };
    await linkChatUser(bot, JAMES, 'c2');
    return bot;
  }

  it('gets the same "not found" as for an account that does not exist, and only his own accounts', async () => {
    const others = await botHearing('c1-savings');
    const missing = await botHearing('c2-no-such-account');
    const [toOthers] = await say(testAdapter(others, JAMES, 'en-GB'), 'balance of that account');
    const [toMissing] = await say(testAdapter(missing, JAMES, 'en-GB'), 'balance of that account');
    expect(textOf(toOthers)).toBe(textOf(toMissing));
    expect(textOf(toOthers)).toBe([
      "I couldn’t find that account. Here are your accounts:",
      '• Current account (GB29 •••• •••• 6819): €2,916.40',
      '• Easy Saver (GB94 •••• •••• 3459): €8,240.00',
      '• Visa credit card (•••• 1881): -€558.38',
    ].join('\n'));
    expect(await others.services.audit.entries('c1')).toEqual([]);
    expect((await others.services.audit.entries('c2')).map((e) => e.accountIds)).toEqual([['c2-checking', 'c2-savings', 'c2-card']]);
  });
});
