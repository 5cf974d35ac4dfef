import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const S = '\u00a0';

/**
 * An order number that is none of the customer's, a request to be told when a parcel arrives, and who the
 * data is shared with: each answered for what it asks, never with a neighbouring answer.
 */
describe('unknown order numbers, parcel notifications and data sharing', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('an unknown order number is said first, then the parcels on their way (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('quand arrive la commande numéro 12345')).toEqual([
      `Je ne trouve pas de commande 12345 à votre nom.\nVos colis en route${S}:\n`
        + `• Boulanger (BL-771204519)${S}: en route, mardi 1er décembre, dans 2 jours\n`
        + `• Fnac (FN-20418836)${S}: expédié, mercredi 2 décembre, dans 3 jours\n`
        + `• Decathlon (DK-55210934)${S}: commandé, samedi 5 décembre, dans 6 jours`,
    ]);
  });

  it('an unknown order number is said first, then the parcels on their way (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('when does order 12345 arrive')).toEqual([
      'I can’t find order 12345 in your name.\nYour parcels on their way:\n'
        + '• Amazon (203-4471982-5530716): out for delivery, Sunday 29 November, today\n'
        + '• John Lewis (JL-61734095): on its way, Monday 30 November, tomorrow\n'
        + '• Argos (AR-300918274): delayed, Tuesday 1 December, in 2 days',
    ]);
  });

  it('a known order number still gets its parcel (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect((await chat.texts('où en est la commande numéro BL-771204519'))[0].split('\n')[0]).toMatch(/^Votre commande Boulanger \(BL-771204519\)/);
  });

  it('"tell me when my parcel arrives" switches delivery updates on (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('prévenez-moi quand mon colis arrive')).toEqual([FR_DELIVERIES_ON]);
    expect(await chat.texts('tenez-moi au courant pour ma livraison')).toEqual([FR_DELIVERIES_ON]);
  });

  it('"let me know when my parcel arrives" switches delivery updates on (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('let me know when my parcel arrives')).toEqual(['Done: I will tell you here when your parcels move.']);
    expect(await chat.texts('keep me posted on my delivery')).toEqual(['Done: I will tell you here when your parcels move.']);
  });

  it('who the data is shared with (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('vous partagez mes infos avec qui ?')).toEqual([FR_SHARING]);
    expect(await chat.texts('est-ce que mes données sont transmises à des tiers')).toEqual([FR_SHARING]);
  });

  it('who the data is shared with (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('who do you share my data with?')).toEqual([EN_SHARING]);
    expect(await chat.texts('do you share my personal data with anyone')).toEqual([EN_SHARING]);
  });
});

const FR_DELIVERIES_ON = `C’est fait${S}: je vous préviendrai ici quand vos colis avancent.`;
const FR_SHARING = `Vos données restent à la banque${S}: je lis vos comptes et opérations dans ses propres systèmes, et je comprends vos messages ici aussi, sans service extérieur.\n`
  + '• Vos messages et mes réponses passent par la messagerie que vous utilisez (le Bot Service de Microsoft les achemine vers Messenger, Teams ou le chat web)\n'
  + '• Si vous demandez un conseiller, le conseiller de la banque reçoit nos derniers messages\n'
  + `• Personne d’autre ne les reçoit${S}: mes journaux ne gardent ni noms, ni montants, ni messages`;
const EN_SHARING = 'Your data stays with the bank: I read your accounts and transactions in its own systems, and understand your messages here too, with no outside service.\n'
  + '• Your messages and my replies travel through the chat you use (Microsoft’s Bot Service carries them to Messenger, Teams or Web Chat)\n'
  + '• If you ask for an adviser, the bank’s adviser gets our latest messages\n'
  + '• No one else gets them: my logs keep no names, amounts or messages';
