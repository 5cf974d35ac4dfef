import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const S = '\u00a0';
const NOT_UNDERSTOOD_FR = 'Désolé, je ne peux pas faire cela ici. Je peux vous donner vos soldes, vos opérations, vos reçus et vos dates de livraison.';
const NOT_UNDERSTOOD_EN = "Sorry, I can’t help with that here. I can give you balances, transactions, receipts and delivery dates.";

/**
 * A message that asks something of its own ("mes livrets", "hows my checking doing", read since #12 as
 * balance questions) is not a follow-up: it never answers with the last question's period, shop or account.
 * Only bare slots ("chez Amazon ?") or a marker ("et en octobre ?") continue the last question.
 */
describe('a new question does not inherit the last one\'s slots', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('after spending on 28-29 November, "mes livrets" and a question about Boulanger take none of it (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect((await chat.texts('mes dépenses du 28 au 29 novembre'))[0]).toMatch(/^Vos opérations du 28 au 29 novembre/);
    // A total at Boulanger over this month, not the 28-29 November of the last question.
    expect(await chat.texts('ma commande de chez boulanger je l ai payé combien')).toEqual([`Chez Boulanger, du 1er au 29 novembre${S}: 499,00${S}€ dépensés en 1 paiement.`]);
    // Read as a question of its own: the Livret A's balance, with no period or spending filter carried over.
    expect(await chat.texts('mes livrets')).toEqual([`Livret A (FR76${S}••••${S}••••${S}0987)${S}: 12\u202f452,07${S}€`]);
    // A real follow-up still moves the last question.
    expect((await chat.texts('mes dépenses en novembre chez Monoprix'))[0]).toMatch(/^Vos opérations chez Monoprix, du 1er au 29 novembre \(1 à 3 sur 3\)/);
    expect(await chat.texts('et en octobre ?')).toEqual([`Vos opérations chez Monoprix, du 1er au 31 octobre (1 à 2 sur 2)${S}:\n• 14 oct. · Monoprix · -11,73${S}€\n• 10 oct. · Monoprix · -22,72${S}€`]);
  });

  it('after yesterday\'s spending, "hows my checking doing" is not a total on the current account for yesterday (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('what did I spend yesterday')).toEqual([expect.stringMatching(/^On 28 November: /)]);
    expect((await chat.texts('and in october?'))[0]).toMatch(/^From 1 to 31 October: /);
    // An action we do not take is refused, not read as "at Amazon?" on October's spending.
    expect(await chat.texts('cancel my amazon order')).toEqual([NOT_UNDERSTOOD_EN]);
    // The current account's balance today, not its spending in October.
    expect(await chat.texts('hows my checking doing')).toEqual([`Current account (GB29${S}••••${S}••••${S}6819): €2,916.40`]);
    // The follow-up moves the balance question it follows.
    expect(await chat.texts('and in october?')).toEqual([`Your balance at the end of Saturday 31 October:\nCurrent account (GB29${S}••••${S}••••${S}6819): €3,144.23`]);
  });
});
