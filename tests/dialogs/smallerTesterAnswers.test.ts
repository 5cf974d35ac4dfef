import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/**
 * The outside tester's smaller points, on the demo bank (Sunday 29 November 2026, Paris). By SQL: Camille's
 * current account 3 482,15 €, card -1 071,77 €; her salary 2 500,00 € from Thales on Friday 27 November,
 * James's €2,650.00 from Globex Ltd on Wednesday 25 November; her spending 23-29 November 1 230,83 € in 9
 * payments, 1-29 November 26 payments, both without the transfers between her accounts.
 */
describe('the outside tester\'s smaller points', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('"jai cb sur mon compte courant" is "combien": the current account only, no card', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('jai cb sur mon compte courant')).toEqual([`Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 3${N}482,15${S}€`]);
  });

  it('"sauf le LA" with no other account named: every other account', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('solde sauf le LA')).toEqual([
      `Vos soldes${S}:\n• Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 3${N}482,15${S}€\n• Carte Visa Premier (••••${S}4242)${S}: -1${N}071,77${S}€`]);
  });

  it('a question of when gets the date first; whether it came, a yes (fr, en)', async () => {
    const fr = await chatAs(bot, 'c1');
    expect(await fr.texts('quand est-ce que j’ai été payé la dernière fois ?')).toEqual([
      `Le vendredi 27 novembre (il y a 2 jours)${S}: 2${N}500,00${S}€ de Thales, sur Compte courant.`]);
    expect(await fr.texts('mon salaire est arrivé ?')).toEqual([
      `Oui${S}: 2${N}500,00${S}€ de Thales sont arrivés le vendredi 27 novembre (il y a 2 jours), sur Compte courant.`]);
    const en = await chatAs(bot, 'c2', { locale: 'en-GB', userId: 'user2' });
    expect(await en.texts('when was my last paycheck')).toEqual(['On Wednesday 25 November (4 days ago): €2,650.00 from Globex Ltd, on Current account.']);
  });

  it('"mes dépenses de la semaine" and "du mois" are lists of spending, as "mes dépenses en octobre" is; "combien" is a total', async () => {
    const chat = await chatAs(bot, 'c1');
    const [week] = await chat.texts('mes dépenses de la semaine');
    expect(week.split('\n')[0]).toBe(`Vos opérations du 23 au 29 novembre, hors virements entre vos comptes (1 à 9 sur 9)${S}:`);
    const [month] = await chat.texts('mes dépenses du mois');
    expect(month.split('\n')[0]).toBe(`Vos opérations du 1er au 29 novembre, hors virements entre vos comptes (1 à 10 sur 26)${S}:`);
    expect(await chat.texts('combien j’ai dépensé cette semaine ?')).toEqual([
      `Du 23 au 29 novembre${S}: 1${N}230,83${S}€ dépensés en 9 paiements, dont 162,04${S}€ en attente (hors virements entre vos comptes).`]);
  });
});
