import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';
const USER = { channelId: 'facebook', userId: 'user1' };

/** 50 pounds is not 50 euros: an alert amount in another currency than the account's is asked again, never swapped. */
describe('a low-balance alert named in another currency', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  function currencyOf(accountId: string): string {
    return (bot.db.prepare('SELECT currency FROM accounts WHERE id = ?').get(accountId) as { currency: string }).currency;
  }
  const thresholds = async () => (await bot.services.notificationSettings.settings(USER)).lowBalance;

  it('"below 50 pounds" on a euro account asks for euros, refuses pounds again, sets the euros given (en)', async () => {
    expect(currencyOf('c2-checking')).toBe('EUR');
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    const question = ['Current account is in euros: below which amount in euros? For example "50".'];
    expect(await chat.texts('alert me if my current account drops below 50 pounds')).toEqual(question);
    expect(await thresholds()).toEqual({});
    expect(await chat.texts('£50')).toEqual(question);
    expect(await thresholds()).toEqual({});
    expect(await chat.texts('60')).toEqual(['Done: I will alert you here when Current account falls below €60.00.']);
    expect(await thresholds()).toEqual({ 'c2-checking': 6000 });
  });

  it('"below 50 euros" is set at once, as before (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('alert me if my current account drops below 50 euros')).toEqual([
      'Done: I will alert you here when Current account falls below €50.00.',
    ]);
  });

  it('"sous 50 livres", then "sous 40 dollars" after the account question, ask for euros (fr)', async () => {
    expect(currencyOf('c1-savings')).toBe('EUR');
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('alerte-moi si mon compte courant passe sous 50 livres')).toEqual([
      `Votre compte courant est en euros${S}: sous quel montant en euros${N}? Par exemple «${N}50${N}».`,
    ]);
    expect(await chat.texts('45 €')).toEqual([`C’est fait${S}: je vous alerterai ici si votre compte courant passe sous 45,00${S}€.`]);
    expect(await chat.texts('alerte-moi si mon solde passe sous 40 dollars')).toHaveLength(1);
    expect(await chat.texts('2')).toEqual([`Votre livret A est en euros${S}: sous quel montant en euros${N}? Par exemple «${N}50${N}».`]);
    expect(await thresholds()).toEqual({ 'c1-checking': 4500 });
    expect(await chat.texts('30')).toEqual([`C’est fait${S}: je vous alerterai ici si votre livret A passe sous 30,00${S}€.`]);
    expect(await thresholds()).toEqual({ 'c1-checking': 4500, 'c1-savings': 3000 });
  });
});
