import { createTestBot, linkChatUser, testAdapter, textOf } from '../support/testBot';
import { say } from '../support/conversation';

const CAMILLE = { channelId: 'facebook', userId: 'psid-camille' };
const DAY = 24 * 60 * 60_000;

describe('a link through the bot', () => {
  it('asks to link again once the link is 180 days old, and shows nothing', async () => {
    const bot = await createTestBot();
    await linkChatUser(bot, CAMILLE, 'c1');
    const camille = testAdapter(bot, CAMILLE, 'fr-FR');
    bot.clock.advance(180 * DAY - 60_000);
    expect(textOf((await say(camille, 'quel est mon solde ?'))[0])).toMatch(/^Vos soldes\u00a0:/);
    bot.clock.advance(60_000);
    const [reply] = await say(camille, 'quel est mon solde ?');
    expect(textOf(reply)).toBe(
      'Votre liaison a expiré (elle dure 180 jours, pour votre sécurité). Demandez un nouveau code à votre banque et envoyez « lier » suivi du code.',
    );
    expect(await bot.services.audit.entries('c1')).toHaveLength(1);
  });

  it('ends with "délier" on this channel only', async () => {
    const bot = await createTestBot();
    const teams = { channelId: 'msteams', userId: CAMILLE.userId };
    await linkChatUser(bot, CAMILLE, 'c1');
    await linkChatUser(bot, teams, 'c1');
    const [reply] = await say(testAdapter(bot, CAMILLE, 'fr-FR'), 'délier');
    expect(textOf(reply)).toBe('Cette conversation n’est plus liée à votre compte. Envoyez « lier » avec un nouveau code pour la lier à nouveau.');
    expect(await bot.services.links.link(CAMILLE, bot.clock.now())).toEqual({ kind: 'none' });
    expect((await bot.services.links.link(teams, bot.clock.now())).kind).toBe('linked');
  });
});
