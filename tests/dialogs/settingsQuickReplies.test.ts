import type { Activity } from 'botbuilder';
import { chatAs, type Chat } from '../support/chat';
import { createTestBot, quickRepliesOf, type TestBot } from '../support/testBot';

const S = '\u00a0';

/** The quick replies under a settings answer offer what can change now, and each does what it says when tapped. */
describe('settings quick replies follow the current settings', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });
  const settings = () => bot.services.notificationSettings.settings({ channelId: 'facebook', userId: 'user1' });

  /** Taps the quick reply shown with this title: the channel sends its value back as the customer's message. */
  async function tap(chat: Chat, reply: Partial<Activity>, title: string): Promise<Partial<Activity>> {
    const action = reply.suggestedActions?.actions.find((a) => a.title === title);
    if (!action) throw new Error(`no quick reply "${title}" in ${quickRepliesOf(reply).join(', ')}`);
    const [answer] = await chat.say(String(action.value));
    return answer;
  }

  it('after turning updates on, offers to turn them off, and tapping that turns them off; likewise unusual payments (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    const [on] = await chat.say('active les notifications');
    expect(on.text).toBe(`C’est fait${S}: je vous préviendrai ici quand de l’argent bouge sur vos comptes et quand vos colis avancent.`);
    expect(quickRepliesOf(on)).toEqual(['Couper les notifs', 'Alerte solde bas', 'Alerte inhabituelle']);
    const off = await tap(chat, on, 'Couper les notifs');
    expect(off.text).toBe(`C’est fait${S}: plus aucune notification ici.`);
    expect(await settings()).toEqual({ transactions: false, deliveries: false, unusual: false, lowBalance: {} });
    expect(quickRepliesOf(off)).toEqual(['Activer les notifs', 'Alerte solde bas', 'Alerte inhabituelle']);
    const unusual = await tap(chat, off, 'Alerte inhabituelle');
    expect(unusual.text).toBe(`C’est fait${S}: je vous préviendrai ici des paiements inhabituels (double débit, premier gros paiement, hausse de prix).`);
    expect((await settings()).unusual).toBe(true);
    expect(quickRepliesOf(unusual)).toEqual(['Activer les notifs', 'Alerte solde bas', 'Couper inhabituelles']);
    const unusualOff = await tap(chat, unusual, 'Couper inhabituelles');
    expect(unusualOff.text).toBe(`C’est fait${S}: plus d’alertes de paiements inhabituels.`);
    expect((await settings()).unusual).toBe(false);
    expect(quickRepliesOf(unusualOff)).toEqual(['Activer les notifs', 'Alerte solde bas', 'Alerte inhabituelle']);
    const updates = await tap(chat, unusualOff, 'Activer les notifs');
    expect(await settings()).toEqual({ transactions: true, deliveries: true, unusual: false, lowBalance: {} });
    expect(quickRepliesOf(updates)).toEqual(['Couper les notifs', 'Alerte solde bas', 'Alerte inhabituelle']);
  });

  it('offers both when only one kind of update is on, and to stop a low-balance alert once one is set (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    const [deliveries] = await chat.say('turn on delivery updates');
    expect(deliveries.text).toBe('Done: I will tell you here when your parcels move.');
    expect(quickRepliesOf(deliveries)).toEqual(['Turn on updates', 'Turn off updates', 'Low-balance alert', 'Unusual spend alerts']);
    await chat.say('alert me when my balance goes below €200');
    const [set] = await chat.say('Current account');
    expect(set.text).toBe('Done: I will alert you here when Current account falls below €200.00.');
    expect((await settings()).lowBalance).toEqual({ 'c2-checking': 20000 });
    expect(quickRepliesOf(set)).toEqual(['Turn on updates', 'Turn off updates', 'Low-balance alert', 'Stop balance alerts', 'Unusual spend alerts']);
    const stopped = await tap(chat, set, 'Stop balance alerts');
    expect(stopped.text).toBe('Done: no more low-balance alerts.');
    expect((await settings()).lowBalance).toEqual({});
    const warn = await tap(chat, stopped, 'Unusual spend alerts');
    expect(warn.text).toBe('Done: I will warn you here of unusual payments (a double charge, a first large payment, a price rise).');
    expect(quickRepliesOf(warn)).toEqual(['Turn on updates', 'Turn off updates', 'Low-balance alert', 'Stop unusual alerts']);
    const all = await tap(chat, warn, 'Turn on updates');
    expect(quickRepliesOf(all)).toEqual(['Turn off updates', 'Low-balance alert', 'Stop unusual alerts']);
    const quiet = await tap(chat, all, 'Stop unusual alerts');
    expect(quiet.text).toBe('Done: no more unusual payment alerts.');
    expect(await settings()).toEqual({ transactions: true, deliveries: true, unusual: false, lowBalance: {} });
  });
});
