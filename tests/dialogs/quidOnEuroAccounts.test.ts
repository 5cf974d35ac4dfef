import type { Activity } from 'botbuilder';
import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

/**
 * "Quid" is pounds sterling, not money in general: "20 quid" said by a UK customer whose accounts are in
 * euros is £20, about €23, so reading it as €20 would be a silent conversion at one for one. The refusal
 * stays (the outside tester's report, B1), but one tap asks the same amounts in the account's currency, said
 * on the button and in the answer. At the tests' fixed Sunday 29 November 2026; SQL: James's payments
 * between 20 and 30 € 30, over 100 € in October 2 (Decathlon 179,98, Foxtons 1 450,00).
 */
describe('an amount in pounds on accounts in euros', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  const quick = (reply: Partial<Activity>) => (reply.suggestedActions?.actions ?? []).map((action) => [action.title, action.value]);
  const REFUSAL = 'Your accounts are in euros, and I don’t convert pounds sterling. Ask again with an amount in euros, for example “over 50”.';

  it('the tester’s "quid" and "pounds": refused, with the same amounts in € one tap away (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    const [quid] = (await chat.say('transactions between 20 and 30 quid')).filter((a) => a.type === 'message');
    expect(quid.text).toBe(REFUSAL);
    expect(quick(quid)[0]).toEqual(['Same amounts in €', 'transactions between 20 and 30']);
    expect((await chat.texts('transactions between 20 and 30'))[0].split('\n')[0]).toBe('Your transactions between €20.00 and €30.00 (1–10 of 30):');
    const [pounds] = (await chat.say('payments over 100 pounds last month')).filter((a) => a.type === 'message');
    expect(pounds.text).toBe(REFUSAL);
    expect(quick(pounds)[0]).toEqual(['Same amounts in €', 'payments over 100 last month']);
    expect(await chat.texts('payments over 100 last month')).toEqual([
      'Your transactions over €100.00, from 1 to 31 October, excluding transfers between your accounts (1–2 of 2):\n• 18 Oct · Decathlon · -€179.98\n• 1 Oct · Foxtons · -€1,450.00',
    ]);
    const [inWords] = (await chat.say('payments over twenty quid yesterday')).filter((a) => a.type === 'message');
    expect(quick(inWords)[0]).toEqual(['Same amounts in €', 'payments over 20 yesterday']);
  });

  it('in French, "livres" the same (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    const [reply] = (await chat.say('mes dépenses de plus de 50 livres sterling')).filter((a) => a.type === 'message');
    expect(reply.text).toBe(`Vos comptes sont en euros et je ne convertis pas les livres sterling. Redemandez avec un montant en euros, par exemple «\u202fplus de 50\u202f».`);
    expect(quick(reply)[0]).toEqual(['Mêmes montants en €', 'mes depenses de plus de 50']);
  });
});
