import { startHttpBot, type HttpBot } from '../../support/httpBot';
import { HostileChannel, processFailures, settle } from '../../support/hostileChannel';

/**
 * Issue #10, point 1: a channel that refuses typing indicators, early or late, or that cannot be
 * reached at all, must never stop the process. Each failure here is one that stopped it before.
 */
describe('a failing channel cannot stop the process', () => {
  let http: HttpBot;
  let failures: ReturnType<typeof processFailures>;

  beforeEach(async () => {
    failures = processFailures();
    http = await startHttpBot();
  });

  afterEach(async () => {
    failures.dispose();
    await http.stop();
  });

  const message = (id: string, serviceUrl: string) => ({
    type: 'message', id, text: 'aide', serviceUrl, conversation: { id: `conversation-${id}` }, from: { id: `user-${id}` },
  });

  it.each([
    ['early: the typing refusal comes while the reply is still being sent', 0],
    ['late: the typing refusal comes after the turn has ended', 900],
  ])('%s', async (_case, typingDelayMs) => {
    const channel = new HostileChannel({ messageDelayMs: 600, typingDelayMs, typingStatus: 403 });
    const serviceUrl = await channel.start();
    try {
      const response = await http.post(message('m1', serviceUrl));
      expect(response.status).toBe(200);
      await channel.quiet();
      await settle();
      expect(channel.typingRefused).toBe(1);
      expect(failures.list).toEqual([]);
      // Still serving, and the refused typing did not turn into a second, error message.
      expect((await http.post(message('m2', http.connector.serviceUrl))).status).toBe(200);
      expect(http.connector.messages()).toHaveLength(1);
      expect(channel.texts).toHaveLength(1);
      expect(channel.texts[0]).toMatch(/^Je peux répondre à/);
    } finally {
      await channel.stop();
    }
  });

  it('survives five concurrent turns whose serviceUrl refuses connections', async () => {
    const responses = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((id) => http.post(message(id, 'http://127.0.0.1:1/'))));
    await settle(700);
    expect(failures.list).toEqual([]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect((await http.post(message('after', http.connector.serviceUrl))).status).toBe(200);
    expect(http.connector.messages()).toHaveLength(1);
  });
});
