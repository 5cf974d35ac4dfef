import { chatAs } from '../support/chat';
import { createTestBot, linkChatUser, testAdapter, type TestBot } from '../support/testBot';

describe('conversation: welcome, unserved requests, handoff, isolation', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('welcomes a first message before answering it (Messenger sends no conversationUpdate)', async () => {
    const user = { channelId: 'facebook', userId: 'user1' };
    await linkChatUser(bot, user, 'c1');
    const adapter = testAdapter(bot, user, 'fr-FR', { firstContact: true });
    await adapter.send('mes livraisons');
    const [welcome, answer] = adapter.activeQueue.splice(0);
    expect(welcome.text).toBe('Bonjour ! Je suis l’assistant de votre banque. Je peux vous donner vos soldes, vos dernières opérations, vos reçus et la date de livraison de vos colis.');
    expect(answer.text?.split('\n')[0]).toBe('Vos colis en route :');
    await adapter.send('bonjour');
    const [greeting] = adapter.activeQueue.splice(0);
    expect(greeting.text).toBe('Bonjour ! Que voulez-vous consulter ?');
    const titles = greeting.suggestedActions?.actions.map((a) => String(a.title)) ?? [];
    expect(titles).toEqual(['Mon solde', 'Dernières opérations', 'Mes reçus', 'Mes livraisons', 'Aide']);
  });

  it('says what it can do for a request it does not serve, and hands over on the second miss in a row', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('réserve-moi un vol')).toEqual([
      'Désolé, je ne peux pas faire cela ici. Je peux vous donner vos soldes, vos opérations, vos reçus et vos dates de livraison.',
    ]);
    const replies = await chat.say('commande-moi une pizza');
    expect(replies.map((a) => a.type === 'event' ? a.name : a.text)).toEqual([
      'handoff.initiate',
      'Désolé, je n’arrive pas à vous comprendre. Je vous mets en relation avec un conseiller, qui verra notre échange. Il vous répondra ici même.',
    ]);
  });

  it('starts a handoff on request with the Bot Framework event and the transcript', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    await chat.texts('where is my Argos order?');
    const [event, message] = await chat.say('talk to a person');
    expect(event).toMatchObject({ type: 'event', name: 'handoff.initiate', value: { reason: 'requested', language: 'en', customerId: 'c2' } });
    const transcript = event.attachments?.[0];
    expect(transcript).toMatchObject({ name: 'Transcript', contentType: 'application/json' });
    const said = (transcript?.content as { activities: { text: string; from: { role: string } }[] }).activities;
    expect(said.map((a) => `${a.from.role}: ${a.text.split('\n')[0]}`)).toEqual([
      'user: hello',
      'bot: Hello! What would you like to check?',
      'user: where is my Argos order?',
      'bot: Your Argos order (AR-300918274) is delayed.',
      'user: talk to a person',
    ]);
    expect(message.text).toBe('I’m passing you to an adviser, with our conversation so far. They will answer you here; you don’t need to repeat anything.');
  });

  it('never shows one customer another customer’s receipt, parcel or totals, even by order number', async () => {
    const james = await chatAs(bot, 'c2', { locale: 'en-GB', channelId: 'webchat' });
    expect(await james.texts('receipt for order FN-20418836')).toEqual(['I can’t find a receipt for that.']);
    // Camille's order number reads like one that does not exist: said plainly, then James's own parcels.
    expect(await james.texts('where is BL-771204519?')).toEqual(['I can’t find order BL-771204519 in your name.\nYour parcels on their way:\n'
      + '• Amazon (203-4471982-5530716): out for delivery, Sunday 29 November, today\n• John Lewis (JL-61734095): on its way, Monday 30 November, tomorrow\n'
      + '• Argos (AR-300918274): delayed, Tuesday 1 December, in 2 days']);
    // James has never bought at Boulanger: said so, with the shops of his own parcels, never Camille's order nor
    // his parcels as if they answered.
    expect(await james.texts('where is my Boulanger order?')).toEqual([
      'No Boulanger order in your name. Your parcels on the way: Amazon, John Lewis, Argos.',
    ]);
    // Camille's bookshop is none of James's merchants: said so, never his total of everything.
    expect(await james.texts('how much did I spend at Mollat last month')).toEqual(['Nothing spent at Mollat, from 1 to 31 October.']);
    const camille = await chatAs(bot, 'c1', { channelId: 'facebook' });
    // Nothing James asked was an access to Camille's data.
    expect(await bot.services.audit.entries('c1')).toEqual([]);
    expect((await camille.texts('quand sera livrée ma commande AR-300918274 ?'))[0].split('\n').slice(0, 2)).toEqual([
      'Je ne trouve pas de commande AR-300918274 à votre nom.', 'Vos colis en route\u00a0:',
    ]);
    // Camille's own parcels, listed on Messenger, are the only access recorded for her, under her channel.
    expect((await bot.services.audit.entries('c1')).map((e) => [e.channelId, e.intent])).toEqual([['facebook', 'Delivery']]);
  });
});
