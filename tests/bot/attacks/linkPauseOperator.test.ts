import { loadConfig } from '../../../bot/infra/config';
import { limitsCommand } from '../../../bot/cli/commands/limitsCommand';
import { capturedLog } from '../../support/capturedLog';
import { say } from '../../support/conversation';
import { createTestBot, testAdapter, textOf } from '../../support/testBot';

/**
 * The global link-code pause as the README's operator section describes it: what the operator sees
 * (the log line once, the `slowed` counter, `admin limits`), what it costs a real customer (time, not
 * her code nor her attempts), and that it lifts by itself when the minute ends.
 */
describe('the global link-code pause, seen by an operator', () => {
  it('is logged once, counted, shown by admin limits, costs the customer no attempt, and lifts at the minute', async () => {
    const log = capturedLog('warn');
    const bot = await createTestBot({ env: { LINK_GLOBAL_FAILURES_PER_MINUTE: '3' }, logger: log.logger });
    const code = await bot.services.links.issueCode('c1', bot.clock.now()) as string;
    for (let i = 0; i < 3; i++) await say(testAdapter(bot, { channelId: 'emulator', userId: `throwaway-${i}` }), 'lier ZZZZ2222');

    const camille = { channelId: 'emulator', userId: 'camille' };
    // More tries than LINK_MAX_FAILED_ATTEMPTS: none of them is tried, so none counts against her.
    for (let i = 0; i < 6; i++) {
      const [reply] = await say(testAdapter(bot, camille), `lier ${code}`);
      expect(textOf(reply)).toBe('La liaison est suspendue un instant, pour la sécurité de tous. Réessayez dans une minute, votre code reste valable.');
    }
    expect(log.lines().map(({ msg, failures, until }) => ({ msg, failures, until }))).toEqual([
      { msg: 'link codes: global failure limit reached, linking paused for everyone', failures: 3, until: '2026-11-29T09:01:00.000Z' },
    ]);
    const attempts = (await bot.metrics.linkAttempts.get()).values.map(({ labels, value }) => [labels.outcome, value]);
    expect(Object.fromEntries(attempts)).toEqual({ invalid: 3, slowed: 6 });

    const limits = async (at: string) => {
      const out: string[] = [];
      await limitsCommand([], { db: bot.db, config: loadConfig({ LINK_GLOBAL_FAILURES_PER_MINUTE: '3', FIXED_NOW: at }), out: (l) => out.push(l), err: () => undefined });
      return out;
    };
    expect(await limits('2026-11-29T10:00:59+01:00')).toEqual([
      'Wrong link codes this minute, all chat users: 3 of 3 (LINK_GLOBAL_FAILURES_PER_MINUTE); linking PAUSED for everyone until the minute ends',
    ]);
    expect(await limits('2026-11-29T10:01:00+01:00')).toEqual([
      'Wrong link codes this minute, all chat users: 0 of 3 (LINK_GLOBAL_FAILURES_PER_MINUTE); linking open',
    ]);

    bot.clock.set('2026-11-29T10:01:00+01:00');
    await say(testAdapter(bot, camille), `lier ${code}`);
    expect(await bot.services.links.link(camille, bot.clock.now())).toMatchObject({ kind: 'linked', customerId: 'c1' });
    bot.db.close();
  });
});
