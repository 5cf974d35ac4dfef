import { chatAs, type Chat } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';
import { conversationBankDb } from './fixtures/conversationBank';

const N = '\u202f';
const S = '\u00a0';
const WHICH_ACCOUNT_FR = [
  `L’alerte porte sur quel compte${N}?`,
  `1. Compte courant (FR76${S}••••${S}••••${S}0143)`,
  `2. LDD (FR76${S}••••${S}••••${S}5512)`,
  `3. Livret A (FR76${S}••••${S}••••${S}0987)`,
].join('\n');

describe('low-balance alerts set in words', () => {
  let bot: TestBot;
  let camille: Chat;
  const thresholds = async (userId: string) => (await bot.services.notificationSettings.settings({ channelId: 'facebook', userId })).lowBalance;
  beforeEach(async () => {
    bot = await createTestBot({ db: await conversationBankDb() });
    camille = await chatAs(bot, 'c1');
  });

  it.each(['alerte-moi si mon solde passe sous 100 €', 'préviens-moi sous 100 €'])('"%s" asks which account, then sets 100,00 €', async (text) => {
    expect(await camille.texts(text)).toEqual([WHICH_ACCOUNT_FR]);
    expect(await camille.texts('1')).toEqual([`C’est fait${S}: je vous alerterai ici si votre compte courant passe sous 100,00${S}€.`]);
    expect(await thresholds('user1')).toEqual({ a1: 10000 });
  });

  it.each(['mets une alerte de solde bas à 150 €', 'programme une alerte de solde bas à 150 euros'])('"%s" (no "sous") sets 150,00 € on the chosen account', async (text) => {
    expect(await camille.texts(text)).toEqual([WHICH_ACCOUNT_FR]);
    expect(await camille.texts('2')).toEqual([`C’est fait${S}: je vous alerterai ici si votre LDD passe sous 150,00${S}€.`]);
    expect(await thresholds('user1')).toEqual({ a3: 15000 });
  });

  it('takes a bare amount as the answer to "Sous quel montant ?"', async () => {
    expect(await camille.texts('Alerte solde bas'))
      .toEqual([`Sous quel montant${N}? Par exemple${S}: «${N}alerte-moi si mon solde passe sous 100${S}€${N}».`]);
    expect(await camille.texts('150,50')).toEqual([WHICH_ACCOUNT_FR]);
    expect(await camille.texts('Livret A')).toEqual([`C’est fait${S}: je vous alerterai ici si votre livret A passe sous 150,50${S}€.`]);
    expect(await thresholds('user1')).toEqual({ a2: 15050 });
  });

  it('never lets a pending settings question swallow another request', async () => {
    await camille.texts('Alerte solde bas');
    expect((await camille.texts('mes dernières opérations'))[0].split('\n')[0]).toBe(`Vos dernières opérations (1 à 9 sur 9)${S}:`);
    await camille.texts('préviens-moi sous 100 €');
    expect((await camille.texts('quel est mon solde ?'))[0].split('\n')[0]).toBe(`Vos soldes${S}:`);
    expect(await thresholds('user1')).toEqual({});
  });

  it('en: "alert me when my balance goes below £100" asks which account, then the amount in euros (the account\'s), then sets it', async () => {
    const james = await chatAs(bot, 'c2', { locale: 'en-GB', userId: 'james' });
    expect(await james.texts('alert me when my balance goes below £100'))
      .toEqual(['Alert me for which account?\n1. Current account (GB29\u00a0••••\u00a0••••\u00a06819)\n2. Easy Saver (GB94\u00a0••••\u00a0••••\u00a03459)']);
    expect(await james.texts('Easy Saver')).toEqual(['Easy Saver is in euros: below which amount in euros? For example "50".']);
    expect(await james.texts('100')).toEqual(['Done: I will alert you here when Easy Saver falls below €100.00.']);
    expect(await james.texts('low-balance alert')).toEqual(['Below which amount? For example: "alert me when my balance goes below €100".']);
    expect(await james.texts('what is my balance?')).toEqual(['Your balances:\n• Current account (GB29\u00a0••••\u00a0••••\u00a06819): €200.00\n• Easy Saver (GB94\u00a0••••\u00a0••••\u00a03459): €3,000.00']);
    expect(await thresholds('james')).toEqual({ b2: 10000 });
  });
});
