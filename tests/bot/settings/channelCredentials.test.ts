import { loadConfig } from '../../../bot/infra/config';
import { ConfigurationError } from '../../../bot/infra/errors';

const ID = '00000000-0000-0000-0000-0000000000b0';
const TENANT = '11111111-1111-1111-1111-111111111111';

describe('channel credentials are all or nothing', () => {
  it('refuses an app id without its password, saying what to set', () => {
    expect(() => loadConfig({ MicrosoftAppId: 'abc' })).toThrow(new ConfigurationError(
      "MicrosoftAppPassword: expected the app's password, since MicrosoftAppId is set "
      + '(a managed identity sets MicrosoftAppType=UserAssignedMSI and MicrosoftAppTenantId instead)',
    ));
    expect(() => loadConfig({ MicrosoftAppId: ID, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT })).toThrow(new ConfigurationError(
      "MicrosoftAppPassword: expected the app's password, since MicrosoftAppId is set "
      + '(a managed identity sets MicrosoftAppType=UserAssignedMSI and MicrosoftAppTenantId instead)',
    ));
  });

  it('refuses a password, type or tenant without the app id', () => {
    expect(() => loadConfig({ MicrosoftAppPassword: 'secret' })).toThrow(new ConfigurationError(
      "MicrosoftAppId: expected the bot's app id, since MicrosoftAppPassword is set (unset it for local mode)",
    ));
    expect(() => loadConfig({ MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT })).toThrow(new ConfigurationError(
      "MicrosoftAppId: expected the bot's app id, since MicrosoftAppType and MicrosoftAppTenantId are set (unset them for local mode)",
    ));
  });

  it('needs the tenant for SingleTenant and a managed identity, and no password for the latter', () => {
    expect(() => loadConfig({ MicrosoftAppId: ID, MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant' })).toThrow(new ConfigurationError(
      "MicrosoftAppTenantId: expected the app's tenant id, since MicrosoftAppType is SingleTenant",
    ));
    expect(() => loadConfig({ MicrosoftAppId: ID, MicrosoftAppPassword: 'secret', MicrosoftAppType: 'UserAssignedMSI' })).toThrow(new ConfigurationError(
      'MicrosoftAppPassword: expected unset, since MicrosoftAppType is UserAssignedMSI (a managed identity has no password)\n'
      + "MicrosoftAppTenantId: expected the app's tenant id, since MicrosoftAppType is UserAssignedMSI",
    ));
  });

  it('refuses a tenant that MultiTenant would silently drop', () => {
    expect(() => loadConfig({ MicrosoftAppId: ID, MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: TENANT })).toThrow(new ConfigurationError(
      'MicrosoftAppType: expected SingleTenant or UserAssignedMSI, since MicrosoftAppTenantId is set (MultiTenant ignores the tenant)',
    ));
  });

  it('names a wrong type once, without judging the others on it', () => {
    expect(() => loadConfig({ MicrosoftAppId: ID, MicrosoftAppPassword: 'secret', MicrosoftAppType: 'Any' })).toThrow(new ConfigurationError(
      'MicrosoftAppType: expected one of MultiTenant|SingleTenant|UserAssignedMSI, got "Any"',
    ));
  });

  it('accepts each complete set, and none at all', () => {
    expect(loadConfig({ MicrosoftAppId: ID, MicrosoftAppPassword: 'secret' }).auth).toEqual({ appId: ID, appPassword: 'secret' });
    expect(loadConfig({ MicrosoftAppId: ID, MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT }).auth)
      .toEqual({ appId: ID, appPassword: 'secret', appType: 'SingleTenant', tenantId: TENANT });
    expect(loadConfig({ MicrosoftAppId: ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT }).auth)
      .toEqual({ appId: ID, appType: 'UserAssignedMSI', tenantId: TENANT });
    expect(loadConfig({ MicrosoftAppId: '', MicrosoftAppPassword: '' }).auth).toEqual({});
  });
});

describe('WEBCHAT_TOKEN_SECRET', () => {
  it('refuses a key short enough to guess, without repeating it', () => {
    expect(() => loadConfig({ WEBCHAT_TOKEN_SECRET: 'bank-website-secret' })).toThrow(new ConfigurationError(
      'WEBCHAT_TOKEN_SECRET: expected at least 32 characters (openssl rand -hex 32 makes one), got 19',
    ));
    expect(loadConfig({ WEBCHAT_TOKEN_SECRET: 'a'.repeat(32) }).webchat.tokenSecret).toBe('a'.repeat(32));
  });
});
