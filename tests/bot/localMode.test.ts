import { loadConfig } from '../../bot/infra/config';
import { ConfigurationError } from '../../bot/infra/errors';
import { warnIfLocalMode } from '../../bot/http/localMode';
import { isLoopbackUrl } from '../../bot/http/serviceUrlCheck';
import { capturedLog } from '../support/capturedLog';
import { startHttpBot, type HttpBot } from '../support/httpBot';
import { linkChatUser } from '../support/testBot';

const CREDENTIALS = { MicrosoftAppId: '00000000-0000-0000-0000-0000000000b0', MicrosoftAppPassword: 'secret' };

describe('local mode (no channel credentials)', () => {
  let http: HttpBot;
  beforeEach(async () => {
    http = await startHttpBot();
  });
  afterEach(() => http.stop());

  it.each([
    'https://attacker.example/', 'http://10.0.0.5:3978', 'http://127.0.0.1.attacker.example', 'http://user@evil.example',
    'file:///etc/passwd', 'not a url',
  ])('refuses serviceUrl %s with 403 and runs no turn, even for a linked chat user', async (serviceUrl) => {
    await linkChatUser(http.bot, { channelId: 'emulator', userId: 'emulator-user' }, 'c1');
    const response = await http.post({ type: 'message', id: 'm1', text: 'quel est mon solde ?', serviceUrl });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'serviceUrl must be on loopback in local mode' });
    expect(http.connector.received).toEqual([]);
    expect(await http.bot.services.audit.entries('c1')).toEqual([]);
    expect(http.bot.db.prepare('SELECT count(*) AS n FROM bot_state').get()).toEqual({ n: 0 });
  });

  it('accepts the Emulator on loopback', async () => {
    const response = await http.post({ type: 'message', id: 'm1', text: 'aide' });
    expect(response.status).toBe(200);
    expect(http.connector.messages()).toHaveLength(1);
  });
});

describe('loopback serviceUrls', () => {
  it.each([
    ['http://localhost:3978', true], ['http://127.0.0.1:53000/', true], ['http://127.4.5.6', true], ['http://[::1]:9000', true],
    ['https://localhost', true], ['http://128.0.0.1', false], ['http://127.0.0.256', false], ['http://localhost.evil.example', false],
    ['http://evil.example/?x=http://localhost', false], ['ftp://127.0.0.1', false], ['', false],
  ])('%s → %s', (url, loopback) => {
    expect(isLoopbackUrl(url)).toBe(loopback);
  });
});

describe('start-up checks', () => {
  it('warns once, clearly, that local mode accepts unauthenticated requests', () => {
    const log = capturedLog();
    warnIfLocalMode(loadConfig({}), log.logger);
    expect(log.lines()).toEqual([{
      level: 40, time: expect.any(Number),
      msg: 'local mode: no MicrosoftAppId set, so requests are NOT authenticated and replies go only to loopback serviceUrls '
        + '(Emulator, npm run chat); set MicrosoftAppId and MicrosoftAppPassword to serve a real channel',
    }]);
  });

  it('says nothing when credentials are set', () => {
    const log = capturedLog();
    warnIfLocalMode(loadConfig(CREDENTIALS), log.logger);
    expect(log.text()).toBe('');
  });

  it('refuses to start in production without credentials', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigurationError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      'NODE_ENV=production needs MicrosoftAppId and MicrosoftAppPassword: without them anyone could post as any chat user',
    );
    expect(loadConfig({ NODE_ENV: 'production', ...CREDENTIALS }).production).toBe(true);
  });

  it('reads the rate limit and the OpenID metadata location from the environment', () => {
    expect(loadConfig({}).messagesPerMinute).toBe(20);
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '5' }).messagesPerMinute).toBe(5);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow('RATE_LIMIT_PER_MINUTE: expected an integer 1–1000000, got "lots"');
    expect(loadConfig({}).auth.openIdMetadataUrl).toBeUndefined();
  });
});

describe('listen address (HOST)', () => {
  it('is loopback by default in local mode, every interface with credentials', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig(CREDENTIALS).host).toBe('0.0.0.0');
    expect(loadConfig({ ...CREDENTIALS, HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
    expect(loadConfig({ HOST: '::1' }).host).toBe('::1');
  });

  it('refuses a network address in local mode unless ALLOW_UNAUTHENTICATED_NETWORK=true', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(
      'HOST=0.0.0.0 without MicrosoftAppId would let anyone on the network pose as any chat user: set the credentials, '
      + 'or ALLOW_UNAUTHENTICATED_NETWORK=true if you really mean it',
    );
    expect(loadConfig({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED_NETWORK: 'true' }).host).toBe('0.0.0.0');
  });

  it('refuses what is not an address of this machine as such, not as a network address', () => {
    const expected = 'expected an IP address of this machine (127.0.0.1, ::1, or 0.0.0.0 for every interface) or localhost';
    expect(() => loadConfig({ HOST: 'notahost' })).toThrow(new ConfigurationError(`HOST: ${expected}, got "notahost"`));
    expect(() => loadConfig({ ...CREDENTIALS, HOST: '10.0.0.300' })).toThrow(new ConfigurationError(`HOST: ${expected}, got "10.0.0.300"`));
    expect(loadConfig({ HOST: 'localhost' }).host).toBe('localhost');
  });

  it('warns loudly, in red and in the log, when local mode is on the network', () => {
    const log = capturedLog();
    const red = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      warnIfLocalMode(loadConfig({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED_NETWORK: 'true' }), log.logger);
      expect(red).toHaveBeenCalledTimes(1);
      expect(red.mock.calls[0][0]).toMatch(/^\x1b\[1;31mWARNING: local mode on 0\.0\.0\.0: requests are NOT authenticated/);
      expect(log.lines().map((line) => line.level)).toEqual([50, 40]);
    } finally {
      red.mockRestore();
    }
  });
});
