import { openDatabase } from '../../data/database';
import { importDataset } from '../../data/import/importer';
import { ownTransfersBank } from '../data/fixtures/ownTransfersBank';
import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

// Intl groups French thousands with U+202F and puts U+00A0 before the euro sign; typography puts U+00A0 before ":".
const N = '\u202f';
const S = '\u00a0';

/** The bot on a bank built for these tests (see the fixture's figures), on Sunday 29 November 2026. */
describe('totals, income and salary on the own-transfers bank', () => {
  let bot: TestBot;
  beforeEach(async () => {
    const db = openDatabase(':memory:');
    await importDataset(db, ownTransfersBank());
    bot = await createTestBot({ db });
  });

  it('spending leaves out transfers between own accounts and says so, with the pending part (fr)', async () => {
    const chat = await chatAs(bot, 'k1');
    expect(await chat.texts('combien j’ai dépensé ce mois-ci ?')).toEqual([
      `Du 1er au 29 novembre${S}: 217,94${S}€ dépensés en 4 paiements, dont 23,65${S}€ en attente (hors virements entre vos comptes).`,
    ]);
    expect(await chat.texts('ma plus grosse dépense ce mois-ci')).toEqual([
      `Votre plus grosse dépense du 1er au 29 novembre, hors virements entre vos comptes : Fnac, 129,99${S}€, le mardi 10 novembre.`,
    ]);
  });

  it('income by payer, and the salary of the current pay cycle (fr)', async () => {
    const chat = await chatAs(bot, 'k1');
    expect(await chat.texts('combien j’ai gagné ce mois-ci ?')).toEqual([[
      `Vos revenus du 1er au 29 novembre${S}: 2${N}560,00${S}€ en 2 versements (hors virements entre vos comptes).`,
      `• Thales${S}: 2${N}500,00${S}€`,
      `• Paul Martin${S}: 60,00${S}€`,
    ].join('\n')]);
    expect(await chat.texts('mes revenus en octobre')).toEqual([[
      `Vos revenus du 1er au 31 octobre${S}: 2${N}500,00${S}€ en 1 versement.`,
      `• Thales${S}: 2${N}500,00${S}€`,
    ].join('\n')]);
    expect(await chat.texts('est-ce que mon salaire est tombé ?')).toEqual([
      `Oui : 2${N}500,00${S}€ de Thales sont arrivés le vendredi 27 novembre (il y a 2 jours), sur Compte courant.`,
    ]);
  });

  it('says when the last salary came when this cycle\'s has not come yet (fr, then en)', async () => {
    bot.clock.set('2026-12-26T10:00:00+01:00');
    const chat = await chatAs(bot, 'k1');
    expect(await chat.texts('mon salaire est tombé ?')).toEqual([
      `Pas encore${S}: votre dernier salaire, 2${N}500,00${S}€ de Thales, est arrivé le vendredi 27 novembre (il y a 29 jours).`,
    ]);
    const english = await chatAs(bot, 'k1', { userId: 'user2', locale: 'en-GB' });
    expect(await english.texts('has my salary come in?')).toEqual([
      'Not yet: your last salary, €2,500.00 from Thales, came in on Friday 27 November (29 days ago).',
    ]);
  });

  it('answers in English: spending, income last month, amount filters without transfers', async () => {
    const chat = await chatAs(bot, 'k1', { locale: 'en-GB' });
    expect(await chat.texts('how much did I spend this month?')).toEqual([
      'From 1 to 29 November: €217.94 spent in 4 payments, of which €23.65 pending (excluding transfers between your accounts).',
    ]);
    expect(await chat.texts('income last month')).toEqual(['Your income from 1 to 31 October: €2,500.00 in 1 payment.\n• Thales: €2,500.00']);
    const [over100] = await chat.texts('my spending over €100');
    expect(over100.split('\n')).toEqual([
      'Your transaction over €100.00, excluding transfers between your accounts (1 of 1):', '• 10 Nov · Fnac · -€129.99',
    ]);
  });

  it('shows the card by its last four digits, without an IBAN', async () => {
    const chat = await chatAs(bot, 'k1');
    expect((await chat.texts('mes soldes'))[0].split('\n')[3]).toBe(`• Carte Visa (•••• 4242) : -148,39${S}€`);
  });

  it('never answers a broader question: a shop, a category or an account the customer has none of', async () => {
    const chat = await chatAs(bot, 'k1');
    expect(await chat.texts('combien j’ai dépensé chez Leroy Merlin le mois dernier ?')).toEqual([
      'Aucune dépense chez Leroy Merlin, du 1er au 31 octobre.',
    ]);
    expect(await chat.texts('combien j’ai dépensé en santé ce mois-ci ?')).toEqual(['Aucune dépense en santé, du 1er au 29 novembre.']);
    const english = await chatAs(bot, 'k2', { userId: 'user3', locale: 'en-GB' });
    expect(await english.texts('how much did I spend on my credit card this month?')).toEqual([
      'You have no credit card with us. Your account: Current account.',
    ]);
  });
});
