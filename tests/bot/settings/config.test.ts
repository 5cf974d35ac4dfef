import { resolve } from 'node:path';
import { loadConfig } from '../../../bot/infra/config';
import { ConfigurationError } from '../../../bot/infra/errors';

describe('settings validated once at start-up', () => {
  it('names the variable and what it expects', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(new ConfigurationError('PORT: expected an integer 1–65535, got "abc"'));
    expect(() => loadConfig({ PORT: '65536' })).toThrow('PORT: expected an integer 1–65535, got "65536"');
    expect(() => loadConfig({ PORT: '0' })).toThrow('PORT: expected an integer 1–65535, got "0"');
    expect(() => loadConfig({ PORT: '3978.5' })).toThrow('PORT: expected an integer 1–65535, got "3978.5"');
  });

  it('lists every bad variable at once, one a line', () => {
    expect(() => loadConfig({ SEED_DEMO_BANK: 'yes', LOG_LEVEL: 'loud', BANK_TIME_ZONE: 'Mars/Olympus' })).toThrow(
      'SEED_DEMO_BANK: expected true or false, got "yes"\n'
      + 'BANK_TIME_ZONE: expected an IANA time zone such as Europe/Paris, got "Mars/Olympus"\n'
      + 'LOG_LEVEL: expected one of fatal|error|warn|info|debug|trace|silent, got "loud"',
    );
  });

  it('refuses a malformed URL, instant or channel type', () => {
    expect(() => loadConfig({ BotOpenIdMetadata: 'not a url' })).toThrow('BotOpenIdMetadata: expected an http(s) URL, got "not a url"');
    expect(() => loadConfig({ FIXED_NOW: '2026-11-29' })).toThrow(
      'FIXED_NOW: expected an ISO 8601 instant with an offset (2026-11-29T10:00:00+01:00), got "2026-11-29"',
    );
    expect(() => loadConfig({ MicrosoftAppType: 'Any' })).toThrow('MicrosoftAppType: expected one of MultiTenant|SingleTenant|UserAssignedMSI, got "Any"');
  });

  it('reads an empty value as unset, and applies the defaults', () => {
    const config = loadConfig({ PORT: '', MicrosoftAppId: '', SEED_DEMO_BANK: '' });
    expect(config.port).toBe(3978);
    expect(config.auth.appId).toBeUndefined();
    expect(config.seedDemoBank).toBe(true);
    expect(config.databasePath).toBe(resolve('data', 'bank.db'));
    expect(loadConfig({ DATABASE_PATH: ':memory:' }).databasePath).toBe(':memory:');
    expect(loadConfig({ DATABASE_PATH: 'data/other.db' }).databasePath).toBe('data/other.db');
  });

  it('reads given values with their types', () => {
    const config = loadConfig({ PORT: '8080', SEED_DEMO_BANK: 'false', NOTIFY_POLL_SECONDS: '30', FIXED_NOW: '2026-11-29T10:00:00+01:00' });
    expect(config).toMatchObject({ port: 8080, seedDemoBank: false, fixedNow: '2026-11-29T10:00:00+01:00' });
    expect(config.notifications.pollSeconds).toBe(30);
  });
});

describe('settings checked against each other and for strength', () => {
  it('refuses a first retry delay above the longest one, naming the variable set', () => {
    expect(() => loadConfig({ NOTIFY_BACKOFF_SECONDS: '10000' })).toThrow(new ConfigurationError(
      'NOTIFY_BACKOFF_SECONDS: expected at most NOTIFY_MAX_BACKOFF_SECONDS, the longest delay (3600), got "10000"',
    ));
    expect(() => loadConfig({ NOTIFY_MAX_BACKOFF_SECONDS: '1' })).toThrow(new ConfigurationError(
      'NOTIFY_MAX_BACKOFF_SECONDS: expected at least NOTIFY_BACKOFF_SECONDS, the first retry delay (5), got "1"',
    ));
    const equal = loadConfig({ NOTIFY_BACKOFF_SECONDS: '60', NOTIFY_MAX_BACKOFF_SECONDS: '60' }).notifications;
    expect([equal.backoffSeconds, equal.maxBackoffSeconds]).toEqual([60, 60]);
  });

  it('refuses a short events secret or metrics token, saying how to make one and never repeating it', () => {
    expect(() => loadConfig({ EVENTS_SECRET: 'short' })).toThrow(new ConfigurationError(
      'EVENTS_SECRET: expected at least 16 characters (openssl rand -hex 32 makes one), got 5',
    ));
    expect(() => loadConfig({ METRICS_TOKEN: 'x' })).toThrow(new ConfigurationError(
      'METRICS_TOKEN: expected at least 16 characters (openssl rand -hex 32 makes one), got 1',
    ));
    const strong = 'a'.repeat(16);
    expect(loadConfig({ EVENTS_SECRET: strong, METRICS_TOKEN: strong })).toMatchObject({ metricsToken: strong, notifications: { eventsSecret: strong } });
  });
});
