import { chatAs } from '../support/chat';
import { createTestBot, quickRepliesOf, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/** Every yes/no question the bot asks takes oui/non/yes/no/ok/d'accord…, in both languages. */
describe('answers to the bot\'s own yes/no questions', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  /** What one turn sent: event names and message texts, in order. */
  async function turn(chat: Awaited<ReturnType<typeof chatAs>>, text: string): Promise<string[]> {
    return (await chat.say(text)).filter((a) => a.type === 'event' || a.type === 'message')
      .map((a) => (a.type === 'event' ? `event:${a.name}` : a.text ?? ''));
  }

  const handoffFr = 'Je vous mets en relation avec un conseiller, qui verra notre échange. Il vous répondra ici même, inutile de tout répéter.';
  const handoffEn = 'I’m passing you to an adviser, with our conversation so far. They will answer you here; you don’t need to repeat anything.';

  it.each(['oui', 'Oui !', 'ok', 'd’accord', 'ouais', 'oui merci', 'volontiers'])('"%s" after the lost-card answer starts the handoff (fr)', async (yes) => {
    const chat = await chatAs(bot, 'c1');
    const [offer] = await chat.say('j’ai perdu ma carte');
    expect(quickRepliesOf(offer)).toEqual(['Oui', 'Non']);
    expect(await turn(chat, yes)).toEqual(['event:handoff.initiate', handoffFr]);
  });

  it.each(['yes', 'Yes please', 'ok', 'sure', 'yep', 'go ahead'])('"%s" after the stolen-card answer starts the handoff (en)', async (yes) => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    await chat.say('someone stole my card!!');
    expect(await turn(chat, yes)).toEqual(['event:handoff.initiate', handoffEn]);
  });

  it('takes "oui" / "yes" after the bank-app refusal too, and "non" / "no thanks" as a no', async () => {
    const camille = await chatAs(bot, 'c1');
    await camille.say('fais un virement de 50 € à Paul');
    expect(await turn(camille, 'oui')).toEqual(['event:handoff.initiate', handoffFr]);
    await camille.say('j’ai perdu ma carte');
    expect(await turn(camille, 'non merci')).toEqual([`Très bien. Que voulez-vous consulter${N}?`]);
    const james = await chatAs(bot, 'c2', { userId: 'user2', locale: 'en-GB' });
    await james.say('increase my card limit');
    expect(await turn(james, 'yes')).toEqual(['event:handoff.initiate', handoffEn]);
    await james.say('I lost my card');
    expect(await turn(james, 'no thanks')).toEqual(['All right. What would you like to check?']);
  });

  it('drops the offer when the customer asks something else, and answers that', async () => {
    const chat = await chatAs(bot, 'c1');
    await chat.say('j’ai perdu ma carte');
    expect(await turn(chat, 'quel est le solde de mon livret A ?')).toEqual([`Livret A (FR76${S}••••${S}••••${S}0987)${S}: 12${N}452,07${S}€`]);
    // The offer is gone: a later "oui" is no longer read as accepting it.
    expect(await turn(chat, 'oui')).not.toContain('event:handoff.initiate');
  });

  it('"Autre chose ?" after thanks: yes asks what to check, no says goodbye (fr, en)', async () => {
    const camille = await chatAs(bot, 'c1');
    expect(await turn(camille, 'merci')).toEqual([`Avec plaisir${N}! Autre chose${N}?`]);
    expect(await turn(camille, 'oui')).toEqual([`Volontiers. Que voulez-vous consulter${N}?`]);
    await camille.say('merci');
    expect(await turn(camille, 'non')).toEqual([`Au revoir, et à bientôt${N}!`]);
    const james = await chatAs(bot, 'c2', { userId: 'user2', locale: 'en-GB' });
    await james.say('thanks');
    expect(await turn(james, 'yes')).toEqual(['Sure. What would you like to check?']);
    await james.say('thanks');
    expect(await turn(james, 'no thanks')).toEqual(['Goodbye, and see you soon!']);
  });

  it('confirms erasing with "d’accord" or "yes", keeps everything on "non" / "no"', async () => {
    const camille = await chatAs(bot, 'c1');
    await camille.say('efface mes données');
    expect(await turn(camille, 'non')).toEqual(['D’accord, je n’ai rien effacé.']);
    await camille.say('efface mes données');
    expect((await turn(camille, 'd’accord'))[0]).toMatch(/^C’est fait/);
    expect(bot.services.links.link({ channelId: 'facebook', userId: 'user1' }, bot.clock.now()).kind).toBe('none');
    const james = await chatAs(bot, 'c2', { userId: 'user2', locale: 'en-GB' });
    await james.say('delete my data');
    expect(await turn(james, 'no')).toEqual(['OK, I have erased nothing.']);
  });

  it('asks a confirmation again on an unrelated answer, saying how to answer', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    await chat.say('delete my data');
    expect(await turn(chat, 'maybe later perhaps')).toEqual(['Please answer "yes" or "no", or type "cancel".']);
  });
});
