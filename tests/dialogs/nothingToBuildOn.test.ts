import { chatAs } from '../support/chat';
import { createTestBot, quickRepliesOf, testAdapter, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/** "2", "la deuxième", "et le mois dernier ?", "voir plus" with nothing shown before them. */
describe('a choice or a follow-up with nothing to build on', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it.each(['la deuxième', 'le deuxième', '2', 'le 2'])('"%s" without a pending list says there is none, and what to ask (fr)', async (said) => {
    const chat = await chatAs(bot, 'c1');
    const [reply] = await chat.say(said);
    expect(reply.text).toBe(`Il n’y a pas de liste où choisir en ce moment. Demandez «${N}mes reçus${N}» ou «${N}mes livraisons${N}», puis choisissez par son numéro.`);
    expect(quickRepliesOf(reply)).toEqual(['Mon solde', 'Dernières opérations', 'Mes reçus', 'Mes livraisons', 'Aide']);
  });

  it.each(['the second one', '2', 'the first one'])('"%s" without a pending list says there is none (en)', async (said) => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts(said)).toEqual(['There is no list to choose from right now. Ask for "my receipts" or "my deliveries", then pick one by its number.']);
  });

  it('a follow-up with no earlier question asks for the question in full, never says goodbye', async () => {
    const camille = await chatAs(bot, 'c1');
    expect(await camille.texts('et le mois dernier ?')).toEqual([`Je n’ai pas de question précédente à reprendre. Posez-la en entier, `
      + `par exemple «${N}combien j’ai dépensé le mois dernier${N}?${N}» ou «${N}mon solde au 1er octobre${N}».`]);
    const james = await chatAs(bot, 'c2', { userId: 'user2', locale: 'en-GB' });
    expect(await james.texts('and the month before?')).toEqual(['I have no earlier question to build on. Ask it in full, '
      + 'for example "what did I spend last month?" or "my balance on 1 October".']);
  });

  it('a choice after a list that is no choice (transactions) says so too, then a real choice still works', async () => {
    const chat = await chatAs(bot, 'c1');
    await chat.say('mes dernières opérations');
    expect((await chat.texts('la deuxième'))[0]).toMatch(/^Il n’y a pas de liste où choisir/);
    await chat.say('mes reçus Boulanger');
    const [card] = await chat.say('2');
    expect(card.attachments?.[0]).toMatchObject({ contentType: 'application/vnd.microsoft.card.receipt', content: { title: 'Reçu Boulanger' } });
    expect((card.attachments?.[0].content as { facts: { value: string }[] }).facts[0].value).toBe('BL-972997351');
  });

  const needLinkFr = `D’abord, liez cette conversation à votre compte${S}: demandez un code à votre banque, puis envoyez «${N}lier${N}» suivi du code.`;
  const needLinkEn = 'First, link this chat to your bank account: ask the bank for a link code, then send "link" followed by the code.';

  it.each([['fr-FR', ['voir plus', '2', 'la deuxième', 'et le mois dernier ?', 'et le mois d’avant ?'], needLinkFr, ['Lier mon compte', 'Aide']],
    ['en-GB', ['show more', '2', 'the second one', 'and last month?', 'and the month before?'], needLinkEn, ['Link my account', 'Help']]] as const)(
    'an unlinked chat user gets the link-first answer to each of them (%s)', async (locale, messages, needLink, quick) => {
      const adapter = testAdapter(bot, { channelId: 'facebook', userId: 'stranger' }, locale);
      for (const message of messages) {
        await adapter.send(message);
        const replies = adapter.activeQueue.splice(0).filter((a) => a.type === 'message' || a.type === 'event');
        expect(replies.map((a) => [a.type, a.text])).toEqual([['message', needLink]]);
        expect(quickRepliesOf(replies[0])).toEqual(quick);
      }
    });
});
