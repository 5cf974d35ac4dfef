import { openDatabase } from '../../data/database';
import { importDataset } from '../../data/import/importer';
import { insightsBank } from '../data/fixtures/insightsBank';
import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/** Recurring payments, what is coming up and spending against the usual, on the bank built for them (see the fixture). */
describe('insights on the insights bank', () => {
  let bot: TestBot;
  beforeEach(async () => {
    const db = openDatabase(':memory:');
    await importDataset(db, insightsBank());
    bot = await createTestBot({ db });
  });

  it('lists the recurring payments with rhythm, dates, the monthly total and the price rise (fr)', async () => {
    const chat = await chatAs(bot, 'i1');
    expect((await chat.texts('mes abonnements'))[0].split('\n')).toEqual([
      `4 paiements réguliers, environ 1${N}036,99${S}€ par mois${S}:`,
      `• Foncia${S}: 950,00${S}€ par mois, dernier le 2 nov., prochain vers le 2 déc.`,
      `• Basic-Fit${S}: 9,90${S}€ par semaine, dernier le 23 nov., prochain vers le 30 nov.`,
      `• Eau de Paris${S}: 84,30${S}€ par trimestre, dernier le 4 sept., prochain vers le 5 déc.`,
      `• Netflix${S}: 15,99${S}€ par mois, dernier le 9 nov., prochain vers le 8 déc.`,
      `Changements de prix${S}:`,
      `• Netflix${S}: 13,49${S}€ → 15,99${S}€ depuis octobre`,
    ]);
  });

  it('answers the same in English', async () => {
    const chat = await chatAs(bot, 'i2', { locale: 'en-GB' });
    expect((await chat.texts('how much do I pay for subscriptions per month'))[0].split('\n')).toEqual([
      '4 regular payments, about €1,036.99 a month:',
      '• Foncia: €950.00 monthly, last 2 Nov, next ~2 Dec',
      '• Basic-Fit: €9.90 weekly, last 23 Nov, next ~30 Nov',
      '• Eau de Paris: €84.30 quarterly, last 4 Sep, next ~5 Dec',
      '• Netflix: €15.99 monthly, last 9 Nov, next ~8 Dec',
      'Price changes:',
      '• Netflix: €13.49 → €15.99 since October',
    ]);
  });

  it('says what is taken this week and the estimated balance until payday (fr)', async () => {
    bot.clock.set('2026-11-30T07:00:00+01:00');
    const chat = await chatAs(bot, 'i1');
    expect((await chat.texts('qu’est-ce qui va être prélevé cette semaine ?'))[0].split('\n')).toEqual([
      `Prélèvements attendus du 30 novembre au 6 décembre${S}: 1${N}044,20${S}€ en 3 paiements.`,
      '• 30 nov. · Basic-Fit · 9,90\u00a0€',
      `• 2 déc. · Foncia · 950,00${S}€`,
      `• 5 déc. · Eau de Paris · 84,30${S}€`,
      `Solde estimé de Compte courant jusqu’à la paie (vers le 27 déc.)${S}:`,
      `• 30 nov.${S}: 1${N}190,10${S}€`,
      `• 2 déc.${S}: 240,10${S}€`,
      `• 5 déc.${S}: 155,80${S}€`,
      `• 7 déc.${S}: 145,90${S}€`,
      `• 8 déc.${S}: 129,91${S}€`,
      `• 14 déc.${S}: 120,01${S}€`,
      `• 21 déc.${S}: 110,11${S}€`,
      `Pas de découvert prévu${S}: le plus bas, le 21 déc., à 110,11${S}€.`,
      'C’est une estimation, d’après vos paiements réguliers.',
    ]);
  });

  it('warns of an overdraft before payday (en)', async () => {
    bot.clock.set('2026-11-30T07:00:00+01:00');
    const chat = await chatAs(bot, 'i2', { locale: 'en-GB' });
    const lines = (await chat.texts('will I be overdrawn before payday?'))[0].split('\n');
    expect(lines[0]).toBe('Expected from 30 November to 27 December: €1,089.89 in 7 payments.');
    expect(lines.slice(8)).toEqual([
      'Estimated Current account balance until payday (~27 Dec):',
      '• 30 Nov: €490.10', '• 2 Dec: -€459.90', '• 5 Dec: -€544.20', '• 7 Dec: -€554.10', '• 8 Dec: -€570.09',
      '• 14 Dec: -€579.99', '• 21 Dec: -€589.89',
      'Careful: overdrawn from 2 Dec (-€459.90).',
      'An estimate, from your regular payments.',
    ]);
  });

  it('compares this month with the same days of the three months before, biggest change first (fr)', async () => {
    const chat = await chatAs(bot, 'i1');
    expect((await chat.texts('je dépense plus que d’habitude en restaurants ?'))).toEqual([
      `Oui${S}: en restaurants, 182,00${S}€ ce mois-ci contre 95,00${S}€ d’habitude à cette date (du 1er au 29 novembre).`,
    ]);
    expect((await chat.texts('est-ce que je dépense plus que d’habitude ?'))[0].split('\n')).toEqual([
      `Ce mois-ci du 1er au 29 novembre, par rapport aux mêmes jours des 3 mois précédents (hors virements entre vos comptes)${S}:`,
      `• Restaurants${S}: 182,00${S}€ contre 95,00${S}€ d’habitude à cette date`,
      `• Courses${S}: 150,00${S}€ contre 200,00${S}€ d’habitude à cette date`,
      `• Factures${S}: 0,00${S}€ contre 28,10${S}€ d’habitude à cette date`,
      `• Loisirs${S}: 39,60${S}€ contre 13,20${S}€ d’habitude à cette date`,
      `• Abonnements${S}: 15,99${S}€ contre 14,32${S}€ d’habitude à cette date`,
      `• Logement${S}: 950,00${S}€ contre 950,00${S}€ d’habitude à cette date`,
    ]);
  });

  it('compares in English', async () => {
    const chat = await chatAs(bot, 'i2', { locale: 'en-GB' });
    const lines = (await chat.texts('how does my spending this month compare?'))[0].split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'This month from 1 to 29 November against the same days of the last 3 months (excluding transfers between your accounts):',
      '• Restaurants: €182.00 vs €95.00 usually by now',
      '• Groceries: €150.00 vs €200.00 usually by now',
    ]);
  });

  it('breaks last month\'s spending down by category, to the cent (fr, en)', async () => {
    const chat = await chatAs(bot, 'i1');
    const [reply] = (await chat.say('répartition de mes dépenses le mois dernier')).filter((a) => a.type === 'message');
    expect(reply.text?.split('\n')).toEqual([
      `Vos dépenses du 1er au 31 octobre${S}: 1${N}370,59${S}€ (hors virements entre vos comptes).`,
      `• Logement${S}: 950,00${S}€ (69${N}%)`,
      `• Courses${S}: 220,00${S}€ (16${N}%)`,
      `• Restaurants${S}: 145,00${S}€ (11${N}%)`,
      `• Loisirs${S}: 39,60${S}€ (3${N}%)`,
      `• Abonnements${S}: 15,99${S}€ (1${N}%)`,
    ]);
    const image = reply.attachments?.[0];
    expect([image?.contentType, image?.name]).toEqual(['image/png', 'spending.png']);
    const png = Buffer.from(String(image?.contentUrl).replace('data:image/png;base64,', ''), 'base64');
    // One bar per line of the text, under Messenger's size limits.
    expect([png.subarray(1, 4).toString('ascii'), png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual(['PNG', 640, 272]);
    expect(png.length).toBeLessThan(100_000);
    const english = await chatAs(bot, 'i2', { userId: 'user2', locale: 'en-GB' });
    expect((await english.texts('spending breakdown'))[0].split('\n')[0]).toBe(
      'Your spending from 1 to 31 October: €1,370.59 (excluding transfers between your accounts).');
  });
});
