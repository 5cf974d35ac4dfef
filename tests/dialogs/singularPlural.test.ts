import type { Dataset } from '../../data/import/dataset';
import { importDataset } from '../../data/import/importer';
import { openDatabase } from '../../data/database';
import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';
import { receipt } from './fixtures/conversationBank';

const S = '\u00a0';

/**
 * One account, one payment, one parcel each: every count said in the singular. Léa (fr) and Tom (en) each
 * hold one current account (Léa 250,00 €, Tom €80.00), paid once in November (Léa -12,50 € at Amazon, Tom
 * -€9.99 at Argos) and have one parcel of it delivered on 20 November; Léa was paid once, her salary of 40,00 € by
 * Le Bon Marché on 3 November.
 */
function oneOfEachBank(): Dataset {
  return {
    customers: [{ id: 'c1', name: 'Léa Petit', locale: 'fr-FR' }, { id: 'c2', name: 'Tom Hill', locale: 'en-GB' }],
    accounts: [
      { id: 'a1', customerId: 'c1', type: 'checking', name: 'Compte courant', iban: 'FR7630004000031234567890143', currency: 'EUR', balance: '250.00' },
      { id: 'b1', customerId: 'c2', type: 'checking', name: 'Current account', iban: 'GB29NWBK60161331926819', currency: 'EUR', balance: '80.00' },
    ],
    transactions: [
      { id: 't1', accountId: 'a1', bookedAt: '2026-11-10T12:00:00+01:00', amount: '-12.50', description: 'CB AMAZON', merchant: 'Amazon', category: 'shopping', status: 'booked' },
      { id: 't2', accountId: 'a1', bookedAt: '2026-11-03T09:00:00+01:00', amount: '40.00', description: 'VIR LE BON MARCHE', merchant: 'Le Bon Marché', category: 'salary', status: 'booked' },
      { id: 'u1', accountId: 'b1', bookedAt: '2026-11-12T12:00:00+01:00', amount: '-9.99', description: 'ARGOS', merchant: 'Argos', category: 'shopping', status: 'booked' },
    ],
    receipts: [
      receipt('r1', 't1', 'Amazon', 'AM-1', '2026-11-10T12:00:00+01:00', 'Item', '12.50'),
      receipt('s1', 'u1', 'Argos', 'AR-1', '2026-11-12T12:00:00+01:00', 'Item', '9.99'),
    ],
    deliveries: [
      { id: 'd1', receiptId: 'r1', carrier: 'Colissimo', trackingNumber: '6A1', status: 'delivered', estimatedDelivery: '2026-11-20', deliveredAt: '2026-11-20T11:00:00+01:00' },
      { id: 'd2', receiptId: 's1', carrier: 'Royal Mail', trackingNumber: 'RM1', status: 'delivered', estimatedDelivery: '2026-11-20', deliveredAt: '2026-11-20T11:00:00+01:00' },
    ],
  };
}

describe('a count of one is said in the singular', () => {
  let bot: TestBot;
  beforeEach(async () => {
    const db = openDatabase(':memory:');
    importDataset(db, oneOfEachBank());
    bot = await createTestBot({ db });
  });

  it('"vos soldes", the balance on a past day, a list of one, one parcel, one payment (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('vos soldes')).toEqual([`Votre solde${S}:\n• Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 250,00${S}€`]);
    expect(await chat.texts('mon solde le 1er novembre')).toEqual([`Votre solde à la fin du dimanche 1er novembre${S}:\n• Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 222,50${S}€`]);
    expect(await chat.texts('mes opérations chez Amazon')).toEqual([`Votre opération chez Amazon (1 sur 1)${S}:\n• 10 nov. · Amazon · -12,50${S}€`]);
    expect(await chat.texts('toutes mes livraisons')).toEqual([`Votre colis en route ou livré ces 30${S}derniers jours${S}:\n• Amazon (AM-1)${S}: livré, vendredi 20 novembre, il y a 9 jours`]);
    expect(await chat.texts('combien j’ai dépensé en novembre ?')).toEqual([`Du 1er au 29 novembre${S}: 12,50${S}€ dépensés en 1 paiement.`]);
    expect(await chat.texts('mes revenus en novembre')).toEqual([[
      `Vos revenus du 1er au 29 novembre${S}: 40,00${S}€ en 1 versement.`, `• Le Bon Marché${S}: 40,00${S}€`,
    ].join('\n')]);
    expect(await chat.texts('combien sur ma carte ?')).toEqual([`Je n’ai pas trouvé ce compte. Voici votre compte${S}:\n• Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 250,00${S}€`]);
  });

  it('"my balances", a list of one, one parcel (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('my balances')).toEqual(['Your balance:\n• Current account (GB29\u00a0••••\u00a0••••\u00a06819): €80.00']);
    expect(await chat.texts('my transactions at Argos')).toEqual(['Your transaction at Argos (1 of 1):\n• 12 Nov · Argos · -€9.99']);
    expect(await chat.texts('all my deliveries')).toEqual(['Your parcel on its way or delivered in the last 30 days:\n• Argos (AR-1): delivered, Friday 20 November, 9 days ago']);
    expect(await chat.texts('how much did I spend in November?')).toEqual(['From 1 to 29 November: €9.99 spent in 1 payment.']);
  });

  it('a payer whose name starts with "Le" reads "du …" in the salary answer (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('mon salaire est tombé ?')).toEqual([
      `Oui${S}: 40,00${S}€ du Bon Marché sont arrivés le mardi 3 novembre (il y a 26 jours), sur Compte courant.`,
    ]);
  });
});
