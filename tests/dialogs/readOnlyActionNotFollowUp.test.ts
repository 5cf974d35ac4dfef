import { textsFor } from '../../dialogs/texts';
import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/**
 * A request to change what the assistant only reads ("cancel my Amazon order") names a shop, and after a
 * balance a message that only names a shop asks for the payments there ("et chez Amazon ?"). It is no such
 * question: it is refused with the plain refusal, shows no payment, and leaves the last question as it was.
 */
describe('an action on data we only read is refused, never a follow-up', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('after the checking balance and its October close, "cancel my amazon order" is refused (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('hows my checking doing')).toEqual([`Current account (GB29${S}••••${S}••••${S}6819): €2,916.40`]);
    expect(await chat.texts('and in october?')).toEqual([`Your balance at the end of Saturday 31 October:\nCurrent account (GB29${S}••••${S}••••${S}6819): €3,144.23`]);
    expect(await chat.texts('cancel my amazon order')).toEqual([textsFor('en').notUnderstood]);
    // The balance is still the question a follow-up continues, and a marker makes no follow-up of the action.
    expect(await chat.texts('and in september?')).toEqual([`Your balance at the end of Wednesday 30 September:\nCurrent account (GB29${S}••••${S}••••${S}6819): €3,241.55`]);
    expect(await chat.texts('and cancel my amazon order')).toEqual([textsFor('en').notUnderstood]);
  });

  it('after the balances and their October close, "annule ma commande Fnac" is refused (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('mon compte courant')).toEqual([`Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 3${N}482,15${S}€`]);
    expect(await chat.texts('et en octobre ?')).toEqual([`Votre solde à la fin du samedi 31 octobre${S}:\nCompte courant (FR76${S}••••${S}••••${S}0143)${S}: 3${N}477,32${S}€`]);
    expect(await chat.texts('annule ma commande Fnac')).toEqual([textsFor('fr').notUnderstood]);
    expect(await chat.texts('et en septembre ?')).toEqual([`Votre solde à la fin du mercredi 30 septembre${S}:\nCompte courant (FR76${S}••••${S}••••${S}0143)${S}: 3${N}277,27${S}€`]);
    expect(await chat.texts('et annule ma commande Fnac')).toEqual([textsFor('fr').notUnderstood]);
  });
});
