import { FixedClock } from '../../bot/infra/clock';
import { loadConfig } from '../../bot/infra/config';
import { composeBot } from '../../bot/infra/compose';
import { openDatabase } from '../../data/database';
import { seedDemoBankIfEmpty } from '../../data/demo/seed';
import { capturedLog } from '../support/capturedLog';
import { NOW, sharedRecognizer, testAdapter, TIME_ZONE } from '../support/testBot';
import { say } from '../support/conversation';

const CAMILLE = { channelId: 'facebook', userId: 'psid-camille' };

describe('logs', () => {
  it('carry turn ids, intents and timings, never codes, names, amounts, account numbers or message text', async () => {
    const log = capturedLog('debug');
    const clock = new FixedClock(NOW);
    const db = openDatabase(':memory:');
    await seedDemoBankIfEmpty(db, clock.now(), TIME_ZONE);
    const bot = { ...composeBot(db, loadConfig({ DATABASE_PATH: ':memory:' }), clock, await sharedRecognizer(), log.logger), db, clock, config: loadConfig({}) };
    const code = await bot.services.links.issueCode('c1', clock.now()) as string;
    const camille = testAdapter(bot, CAMILLE, 'fr-FR');
    const messages = [`lier ${code}`, 'quel est mon solde ?', 'combien sur mon livret A', 'combien j’ai dépensé chez Carrefour en octobre ?',
      'reçu de ma commande FN-20418836', 'quelles données avez-vous sur moi ?'];
    const replies = [];
    for (const message of messages) replies.push(...await say(camille, message));
    expect(replies.map((r) => r.text).join('\n')).toContain('12\u202f452,07');

    const lines = log.lines();
    expect(lines.filter((l) => l.msg === 'turn').map((l) => l.intent)).toEqual(
      ['LinkAccount', 'Balance', 'Balance', 'Transactions', 'Receipt', 'Privacy'],
    );
    for (const line of lines.filter((l) => l.msg === 'turn')) {
      expect(Object.keys(line).sort()).toEqual(['channel', 'intent', 'language', 'level', 'linked', 'ms', 'msg', 'outcome', 'time', 'turn', 'type']);
    }
    // pino's wall-clock "time" (milliseconds) holds any four digits by chance: it is no personal data.
    const text = log.text().replace(/"time":\d+/g, '"time":0');
    for (const secret of [code, 'Camille', 'Martin', 'psid-camille', '3482', '3 482', '12452', '452,07', '1071', 'FR76', '0143', '0987', '4242',
      'solde', 'livret', 'Livret', 'Carrefour', 'FN-20418836', 'données']) {
      expect(text).not.toContain(secret);
    }
  });
});
