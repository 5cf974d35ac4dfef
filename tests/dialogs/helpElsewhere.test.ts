import { chatAs } from '../support/chat';
import { createTestBot, quickRepliesOf, testAdapter, type TestBot } from '../support/testBot';

const NB = '\u00a0';
const NNB = '\u202f';

describe('refusals that help', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot({ env: { CARD_EMERGENCY_PHONE: '09 69 39 99 99', BANK_APP_URL: 'https://ma-banque.example/app' } });
  });

  it('gives the card-blocking number first for a lost card, and offers an adviser (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    const [reply] = await chat.say('j’ai perdu ma carte, c’est urgent');
    expect(reply.text).toBe(`Faites bloquer votre carte tout de suite, 24${NB}h/24 et 7${NB}j/7, au 09 69 39 99 99. `
      + `Voulez-vous ensuite que je vous mette en relation avec un conseiller${NNB}?`);
    expect(quickRepliesOf(reply)).toEqual(['Oui', 'Non']);
  });

  it('does so for a chat user who is not linked yet, in English', async () => {
    const adapter = testAdapter(bot, { channelId: 'facebook', userId: 'stranger' }, 'en-GB');
    await adapter.send('someone stole my card!!');
    const [reply] = adapter.activeQueue.splice(0);
    expect(reply.text).toBe('Block your card straight away, 24/7, on 09 69 39 99 99. Would you like me to pass you to an adviser afterwards?');
  });

  it('sends transfers, payments and card settings to the bank\'s app', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('fais un virement de 50 € à Paul')).toEqual([
      `Je ne peux pas faire cela ici${NB}: je consulte vos comptes, je ne déplace jamais d’argent. Pour un virement, un paiement `
        + `ou les réglages de votre carte, passez par l’application ou le site de votre banque${NB}: https://ma-banque.example/app\n`
        + `Voulez-vous qu’un conseiller vous aide${NNB}?`,
    ]);
    const english = await chatAs(bot, 'c2', { userId: 'user2', locale: 'en-GB' });
    expect(await english.texts('increase my card limit')).toEqual([
      "I can’t do that here: I only look at your accounts, I never move money. For transfers, payments and card settings, "
        + "use your bank’s app or website: https://ma-banque.example/app\nWould you like an adviser to help you?",
    ]);
  });

  it('has demo defaults for both settings', async () => {
    const demo = await createTestBot();
    expect(demo.config.helpElsewhere).toEqual({ cardEmergencyPhone: '+33 1 23 45 67 89', bankAppUrl: 'https://banque.example/app' });
  });

  it('says goodbye to "au revoir" and "bye"', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('au revoir')).toEqual([`Au revoir, et à bientôt${NNB}!`]);
    const english = await chatAs(bot, 'c2', { userId: 'user2', locale: 'en-GB' });
    expect(await english.texts('bye')).toEqual(['Goodbye, and see you soon!']);
  });
});
