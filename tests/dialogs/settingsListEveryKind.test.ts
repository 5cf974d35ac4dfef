import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const S = '\u00a0';

/** The settings answer lists every kind of update, unusual-payment alerts included. */
describe('the notification settings list every kind', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('unusual-payment alerts just turned on show as on (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    await bot.services.notificationSettings.setTopics({ channelId: 'facebook', userId: 'user1' }, ['unusual'], true, bot.clock.now());
    expect(await chat.texts('mes reglages de notifications')).toEqual([
      `Ici${S}: opérations désactivées, livraisons désactivées, paiements inhabituels activés, 0 alerte de solde bas.`,
    ]);
  });
});
