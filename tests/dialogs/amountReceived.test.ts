import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const S = '\u00a0';
const N = '\u202f';

/**
 * "J'ai reçu combien ce mois-ci en tout" asks for the money in, not the balances (the outside tester 4, FR35),
 * at the tests' fixed Sunday 29 November 2026. SQL (money in, transfers between own accounts left out):
 * Camille 2 500,00 € from Thales in 1 payment on 1–29 November and in October; James €2,650.00 from Globex
 * Ltd on 1–29 November.
 */
describe('the money received, asked as an amount', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('is the income of the period (fr)', async () => {
    const chat = await chatAs(bot, 'c1', { locale: 'fr-FR' });
    const november = [`Vos revenus du 1er au 29 novembre${S}: 2${N}500,00${S}€ en 1 versement (hors virements entre vos comptes).\n• Thales${S}: 2${N}500,00${S}€`];
    expect(await chat.texts('j’ai reçu combien ce mois-ci en tout')).toEqual(november);
    expect(await chat.texts('j’ai reçu combien ce mois-ci (en tout)')).toEqual(november);
    expect(await chat.texts('combien ai-je reçu le mois dernier en tout'))
      .toEqual([`Vos revenus du 1er au 31 octobre${S}: 2${N}500,00${S}€ en 1 versement (hors virements entre vos comptes).\n• Thales${S}: 2${N}500,00${S}€`]);
  });

  it('is the income of the period (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('how much did I receive this month in total'))
      .toEqual(['Your income from 1 to 29 November: €2,650.00 in 1 payment (excluding transfers between your accounts).\n• Globex Ltd: €2,650.00']);
  });
});
