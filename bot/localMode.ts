import { ConfigurationError } from './errors';
import type { Logger } from './logger';

/** What local mode depends on: whether channel credentials were given, and whether this is production. */
interface AuthSettings {
  production: boolean;
  auth: { appId?: string };
}

/**
 * Without credentials the bot accepts unauthenticated requests (the Emulator's local mode). Anyone who can
 * reach it could then claim any `from.id`, so production must never run that way.
 */
export function isLocalMode(config: AuthSettings): boolean {
  return !config.auth.appId;
}

export function requireCredentialsInProduction(config: AuthSettings): void {
  if (config.production && isLocalMode(config)) {
    throw new ConfigurationError(
      'NODE_ENV=production needs MicrosoftAppId and MicrosoftAppPassword: without them anyone could post as any chat user',
    );
  }
}

/** Said once, at start-up, so that nobody mistakes a local bot for a protected one. */
export function warnIfLocalMode(config: AuthSettings, logger: Logger): void {
  if (!isLocalMode(config)) return;
  logger.warn('local mode: no MicrosoftAppId set, so requests are NOT authenticated and replies go only to loopback serviceUrls '
    + '(Emulator, npm run chat); set MicrosoftAppId and MicrosoftAppPassword to serve a real channel');
}
