import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/**
 * Card digits on the demo bank: Camille's only card ends in 4242, James's in 1881 (SQL: accounts.card_last4).
 * A card the customer does not hold is said so with the cards there are, and no other data; the card she
 * holds is answered. James's card spending in October by SQL: €179.98 in 1 payment (Decathlon).
 */
describe('a card named by digits it does not end in', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('"carte 1881", its operations or its spending: none of Camille\'s cards, named by their digits (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    const unknown = `Vous n’avez pas de carte se terminant par 1881. Votre carte${S}: Carte Visa Premier (••••${S}4242).`;
    expect(await chat.texts('carte 1881')).toEqual([unknown]);
    expect(await chat.texts('mes opérations de la carte 1881')).toEqual([unknown]);
    expect(await chat.texts('combien j’ai dépensé avec la carte 1881 en octobre ?')).toEqual([unknown]);
    expect(await chat.texts('le solde de ma carte qui finit par 1881')).toEqual([unknown]);
    expect(await chat.texts('carte 4242')).toEqual([`Carte Visa Premier (••••${S}4242)${S}: -1${N}071,77${S}€`]);
  });

  it('"my card ending 4242" is none of James\'s; his card ending 1881 is answered (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('my card ending 4242')).toEqual([`You have no card ending in 4242. Your card: Visa credit card (••••${S}1881).`]);
    expect(await chat.texts('my card ending 1881')).toEqual([`Visa credit card (••••${S}1881): -€558.38`]);
    expect(await chat.texts('how much did I spend on my card ending 1881 in October')).toEqual(['On Visa credit card, from 1 to 31 October: €179.98 spent in 1 payment.']);
    // An action on a card is still no question about it.
    expect(await chat.texts('cancel card 1881')).toEqual(['Sorry, I can’t help with that here. I can give you balances, transactions, receipts and delivery dates.']);
  });

  it('a customer with no card at all is told so (fr)', async () => {
    const chat = await chatAs(bot, 'c3');
    expect(await chat.texts('carte 4242')).toEqual(['Vous n’avez pas de carte se terminant par 4242, ni aucune autre carte chez nous.']);
  });
});
