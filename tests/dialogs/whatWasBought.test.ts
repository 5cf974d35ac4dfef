import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const S = '\u00a0';
/** A narrow no-break space before a French question mark. */
const Q = '\u202f?';

/** What was bought at a shop is in its receipts; what it cost, or what was bought lately, in the payments. */
describe('what was bought at a shop', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('asks which of the shop’s receipts (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts("qu'est-ce que j'ai acheté chez Fnac")).toEqual([`Plusieurs achats correspondent. Lequel${Q}\n`
      + `1. Fnac, 27 nov., 362,98${S}€ (commande FN-20418836)\n2. Fnac, 6 avr., 199,98${S}€ (commande FN-02524837)\n`
      + `3. Fnac, 15 mars, 159,98${S}€ (commande FN-41462344)`]);
    expect((await chat.texts('quels articles j’ai pris chez Boulanger'))[0].split('\n')[1]).toBe(`1. Boulanger, 25 nov., 499,00${S}€ (commande BL-771204519)`);
  });

  it('asks which of the shop’s receipts (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('what did i buy at amazon')).toEqual(['Several purchases match. Which one?\n'
      + '1. Amazon, 26 Nov, €84.98 (order 203-4471982-5530716)\n2. Amazon, 17 Nov, €22.98 (order 203-9912055-1874420)\n'
      + '3. Amazon, 1 Aug, €42.98 (order 203-6928152)\n4. Amazon, 14 May, €42.98 (order 203-4930292)\n5. Amazon, 3 Jan, €19.98 (order 203-5823352)']);
    // Bought lately, with no shop named: the payments, as before.
    expect((await chat.texts('what did i buy lately'))[0].split('\n')[0]).toMatch(/^Your /);
  });

  it('how much it cost stays a question about the payments', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts("combien j'ai acheté chez Fnac")).toEqual([`Chez Fnac, du 1er au 29 novembre${S}: 362,98${S}€ dépensés en 1 paiement.`]);
  });
});
