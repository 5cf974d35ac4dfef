import { z } from 'zod';

/** The four channel settings, as the schema has read them (empty counts as unset). */
interface ChannelSettings {
  MicrosoftAppId?: string;
  MicrosoftAppPassword?: string;
  MicrosoftAppType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  MicrosoftAppTenantId?: string;
}

type Name = keyof ChannelSettings;

/**
 * Channel credentials are all or nothing. Half of them would start a bot that looks protected and is
 * not: an id alone checks incoming tokens but cannot sign one reply, a password alone is silently ignored
 * (local mode), a tenant without its type is dropped by botbuilder. Each rule names the variable to set, in
 * botbuilder's own terms (`ConfigurationServiceClientCredentialFactory`): MultiTenant needs a password,
 * SingleTenant a password and a tenant, a user-assigned managed identity a tenant and no password.
 */
export function channelCredentialProblems(settings: ChannelSettings): { name: Name; message: string }[] {
  const { MicrosoftAppId: id, MicrosoftAppPassword: password, MicrosoftAppTenantId: tenant } = settings;
  const type = settings.MicrosoftAppType ?? 'MultiTenant';
  if (!id) {
    const given = (['MicrosoftAppPassword', 'MicrosoftAppType', 'MicrosoftAppTenantId'] as const).filter((name) => settings[name]);
    if (given.length === 0) return [];
    const names = given.join(' and ');
    const [are, them] = given.length > 1 ? ['are', 'them'] : ['is', 'it'];
    return [{ name: 'MicrosoftAppId', message: `expected the bot's app id, since ${names} ${are} set (unset ${them} for local mode)` }];
  }
  const problems: { name: Name; message: string }[] = [];
  if (type === 'UserAssignedMSI' && password) {
    problems.push({ name: 'MicrosoftAppPassword', message: 'expected unset, since MicrosoftAppType is UserAssignedMSI (a managed identity has no password)' });
  }
  if (type !== 'UserAssignedMSI' && !password) {
    const managedIdentity = 'a managed identity sets MicrosoftAppType=UserAssignedMSI and MicrosoftAppTenantId instead';
    problems.push({ name: 'MicrosoftAppPassword', message: `expected the app's password, since MicrosoftAppId is set (${managedIdentity})` });
  }
  if (type !== 'MultiTenant' && !tenant) {
    problems.push({ name: 'MicrosoftAppTenantId', message: `expected the app's tenant id, since MicrosoftAppType is ${type}` });
  }
  if (type === 'MultiTenant' && tenant) {
    const message = 'expected SingleTenant or UserAssignedMSI, since MicrosoftAppTenantId is set (MultiTenant ignores the tenant)';
    problems.push({ name: 'MicrosoftAppType', message });
  }
  return problems;
}

/** The schema's cross-variable rule: each problem is an issue on its variable, like a bad value. */
export function refuseHalfSetCredentials(settings: ChannelSettings, context: z.RefinementCtx): void {
  // A variable refused on its own (a wrong MicrosoftAppType) is already named; judging the rest on it would mislead.
  const names: Name[] = ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppType', 'MicrosoftAppTenantId'];
  if (names.some((name) => settings[name] !== undefined && typeof settings[name] !== 'string')) return;
  for (const { name, message } of channelCredentialProblems(settings)) {
    context.addIssue({ code: z.ZodIssueCode.custom, path: [name], message });
  }
}
