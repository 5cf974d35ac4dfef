import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/**
 * Two requests joined by the Québec "pis", and a period ruled out before the one asked (the outside tester's
 * report, kind E), at the tests' fixed Sunday 29 November 2026. SQL (spending: negative amounts with no
 * counterparty account, on their Paris day): Camille's groceries in October 264,58 € in 8 payments, Carrefour
 * in September 285,56 € in 4; James's groceries in October €401.43 in 7.
 */
describe('"pis" between two requests, a negated period dropped', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('"pis" asks both, "puis" too (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    const [balances, latest] = await chat.texts('c’est quoi mon solde pis mes dernières transactions');
    expect(balances).toBe(`Vos soldes${S}:\n• Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 3${N}482,15${S}€\n`
      + `• Livret A (FR76${S}••••${S}••••${S}0987)${S}: 12${N}452,07${S}€\n• Carte Visa Premier (••••${S}4242)${S}: -1${N}071,77${S}€`);
    expect(latest.split('\n')[0]).toBe(`Vos dernières opérations (1 à 10 sur 330)${S}:`);
    const [, twoLatest] = await chat.texts('mon solde puis mes 2 dernières opérations');
    expect(twoLatest).toBe(`Vos dernières opérations (1 à 2 sur 330)${S}:\n• 29 nov. · Uber · -18,40${S}€ (en attente)\n• 28 nov. · Decathlon · -119,99${S}€ (en attente)`);
  });

  it('the period ruled out is not answered, the other one is (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('pas ce mois ci, le mois dernier : combien en courses ?')).toEqual([
      `En courses, du 1er au 31 octobre${S}: 264,58${S}€ dépensés en 8 paiements.`,
    ]);
    expect(await chat.texts('pas en octobre, en septembre : combien chez carrefour')).toEqual([
      `Chez Carrefour, du 1er au 30 septembre${S}: 285,56${S}€ dépensés en 4 paiements.`,
    ]);
  });

  it('the period ruled out is not answered, the other one is (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('not this month, last month: how much on groceries?')).toEqual(['On groceries, from 1 to 31 October: €401.43 spent in 7 payments.']);
  });
});
