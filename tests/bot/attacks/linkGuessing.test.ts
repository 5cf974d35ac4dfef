import { loadConfig } from '../../../bot/infra/config';
import { limitsCommand } from '../../../bot/cli/commands/limitsCommand';
import { say } from '../../support/conversation';
import { startHttpBot, type HttpBot } from '../../support/httpBot';
import { createTestBot, testAdapter, textOf, type TestBot } from '../../support/testBot';
import { openDatabase } from '../../../data/database';
import { LinkStore } from '../../../data/linkStore';

const NOW = new Date('2026-11-29T09:00:10Z');
const POLICY = { codeTtlMinutes: 10, maxFailedAttempts: 5, lockoutMinutes: 15, linkValidityDays: 180, globalFailuresPerMinute: 20 };

/**
 * Issue #10, point 5: rotating `from.id` gave 18,320 link-code guesses a minute with nobody locked.
 * The figure an attacker gets now is what these tests count.
 */
describe('link-code guessing with rotating identities', () => {
  it('tries at most LINK_GLOBAL_FAILURES_PER_MINUTE codes a minute across every chat user, tells the operator once', async () => {
    const db = openDatabase(':memory:');
    db.exec("INSERT INTO customers (id, name, locale) VALUES ('c1', 'Camille Martin', 'fr-FR')");
    const slowdowns: number[] = [];
    const links = new LinkStore(db, POLICY, (failures) => slowdowns.push(failures));
    const real = await links.issueCode('c1', NOW) as string;

    const outcomes: string[] = [];
    for (let i = 0; i < 1000; i++) outcomes.push((await links.redeem({ channelId: 'emulator', userId: `fake-${i}` }, 'ZZZZ2222', NOW)).kind);
    expect(outcomes.filter((kind) => kind === 'invalid')).toHaveLength(20);
    expect(outcomes.filter((kind) => kind === 'slowed')).toHaveLength(980);
    expect(slowdowns).toEqual([20]);
    expect(await links.globalFailures(NOW)).toBe(20);
    // Everyone waits for the end of the minute, the real customer too; then her code works.
    expect(await links.redeem({ channelId: 'facebook', userId: 'camille' }, real, NOW)).toEqual({ kind: 'slowed', until: new Date('2026-11-29T09:01:00Z') });
    expect(await links.redeem({ channelId: 'facebook', userId: 'camille' }, real, new Date('2026-11-29T09:01:00Z')))
      .toEqual({ kind: 'linked', customerId: 'c1' });
  });

  it('shows the pause in `admin limits`', async () => {
    const db = openDatabase(':memory:');
    const config = { ...loadConfig({ FIXED_NOW: '2026-11-29T10:00:10+01:00' }) };
    const links = new LinkStore(db, config.linking);
    for (let i = 0; i < 20; i++) await links.redeem({ channelId: 'x', userId: `u${i}` }, 'ZZZZ2222', NOW);
    const out: string[] = [];
    expect(await limitsCommand([], { db, config, out: (l) => out.push(l), err: () => undefined })).toBe(0);
    expect(out).toEqual(['Wrong link codes this minute, all chat users: 20 of 20 (LINK_GLOBAL_FAILURES_PER_MINUTE); linking PAUSED for everyone until the minute ends']);
  });

  it('tells the next chat user, in their language, to try again in a minute', async () => {
    const bot: TestBot = await createTestBot({ env: { LINK_GLOBAL_FAILURES_PER_MINUTE: '3' } });
    for (let i = 0; i < 3; i++) await say(testAdapter(bot, { channelId: 'emulator', userId: `u${i}` }), 'lier ZZZZ2222');
    const [fr] = await say(testAdapter(bot, { channelId: 'emulator', userId: 'u3' }), 'lier ZZZZ2222');
    expect(textOf(fr)).toBe('La liaison est suspendue un instant, pour la sécurité de tous. Réessayez dans une minute, votre code reste valable.');
    const [en] = await say(testAdapter(bot, { channelId: 'emulator', userId: 'u4' }, 'en-GB'), 'link ZZZZ2222');
    expect(textOf(en)).toBe('Linking is paused for a moment, for everyone’s security. Please try again in a minute: your code stays valid.');
  });

  it('locks a network client address (local mode open to the network) after LINK_MAX_FAILED_ATTEMPTS wrong codes, whatever from.id it claims', async () => {
    const db = openDatabase(':memory:');
    db.exec("INSERT INTO customers (id, name, locale) VALUES ('c1', 'Camille Martin', 'fr-FR')");
    const links = new LinkStore(db, { ...POLICY, globalFailuresPerMinute: 1000 });
    const real = await links.issueCode('c1', NOW) as string;
    const kinds: string[] = [];
    for (let i = 0; i < 6; i++) kinds.push((await links.redeem({ channelId: 'emulator', userId: `fake-${i}` }, 'ZZZZ2222', NOW, '192.0.2.7')).kind);
    expect(kinds).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'invalid', 'locked']);
    // Another address is not held back by that one.
    expect(await links.redeem({ channelId: 'emulator', userId: 'camille' }, real, NOW, '192.0.2.8')).toEqual({ kind: 'linked', customerId: 'c1' });
  });

  describe('over loopback, in local mode', () => {
    let http: HttpBot;
    beforeEach(async () => {
      http = await startHttpBot({ env: { LINK_GLOBAL_FAILURES_PER_MINUTE: '1000' } });
    });
    afterEach(() => http.stop());

    it('does not let one local user\'s wrong codes pause linking for the others on this machine', async () => {
      for (let i = 0; i < 6; i++) {
        await http.post({ type: 'message', id: `m${i}`, text: 'lier ZZZZ2222', from: { id: `fake-${i}` }, conversation: { id: `c-${i}` } });
      }
      const code = await http.bot.services.links.issueCode('c1', http.bot.clock.now()) as string;
      await http.post({ type: 'message', id: 'm-real', text: `lier ${code}`, from: { id: 'camille' }, conversation: { id: 'c-camille' } });
      const texts = http.connector.messages().map((m) => m.text ?? '').filter((t) => !t.startsWith('Bonjour'));
      expect(texts.slice(0, 6).every((t) => t.startsWith('Ce code n’est pas valide'))).toBe(true);
      expect(texts[6]).toMatch(/^C’est fait/);
    });
  });
});
