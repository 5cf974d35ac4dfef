import { chatAs } from '../support/chat';
import { NO_ADVICE_EN, NO_ADVICE_FR } from '../support/declines';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

const NO_AVERAGE_FR = 'Je ne calcule que la moyenne de vos dépenses, par mois ou par semaine. Je peux aussi vous donner le total d’un mois, ou comparer les dépenses de ce mois-ci à d’habitude.';
const NO_AVERAGE_EN = 'I only work out the average of your spending, per month or per week. I can also give you the total of any month, or compare this month’s spending with the usual.';

/**
 * "mon solde moyen", "my average balance": a mean balance is not worked out, and said so with what is,
 * never answered with today's balances; "is it worth keeping my Netflix subscription?" is advice, declined
 * as advice is, never answered with the subscription. Neither reply shows an amount.
 */
describe('a mean balance and advice on a subscription, declined with no data', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('"mon solde moyen", with or without a period, is no balance (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    for (const message of ['mon solde moyen', 'quel est mon solde moyen sur le mois dernier ?']) {
      const [reply] = await chat.say(message);
      expect(reply.text).toBe(NO_AVERAGE_FR);
      expect(reply.suggestedActions?.actions.map((a) => a.title)).toEqual(['Répartition', 'Vs d’habitude', 'Dernières opérations']);
    }
    // The balances are still one question away.
    expect(await chat.texts('mon solde')).toEqual([`Vos soldes${S}:\n• Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 3${N}482,15${S}€\n`
      + `• Livret A (FR76${S}••••${S}••••${S}0987)${S}: 12${N}452,07${S}€\n• Carte Visa Premier (••••${S}4242)${S}: -1${N}071,77${S}€`]);
  });

  it('"my average balance" is no balance (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('my average balance')).toEqual([NO_AVERAGE_EN]);
    expect(await chat.texts('what was my average balance last month?')).toEqual([NO_AVERAGE_EN]);
  });

  it('keeping Netflix is advice, first or after a question about Netflix (fr, en)', async () => {
    const fr = await chatAs(bot, 'c1');
    expect(await fr.texts('ça vaut le coup de garder mon abonnement Netflix ?')).toEqual([NO_ADVICE_FR]);
    await fr.texts('mes paiements chez netflix');
    expect(await fr.texts('ça vaut le coup de garder mon abonnement Netflix ?')).toEqual([NO_ADVICE_FR]);
    const en = await chatAs(bot, 'c2', { locale: 'en-GB' });
    const [advice] = await en.say('is it worth keeping my Netflix subscription?');
    expect(advice.text).toBe(NO_ADVICE_EN);
    expect(advice.suggestedActions?.actions.map((a) => a.title)).toEqual(['Spending breakdown', 'Vs usual', 'Latest transactions']);
    await en.texts('my subscriptions');
    expect(await en.texts('is it worth keeping my Netflix subscription?')).toEqual([NO_ADVICE_EN]);
  });
});
