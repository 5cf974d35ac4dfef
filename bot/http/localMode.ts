import { ConfigurationError } from '../infra/errors';
import type { Logger } from '../infra/logger';

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

/**
 * The address to listen on. Without credentials anyone who reaches the port can pose as any chat user
 * (`deliveryMode: "expectReplies"` returns the answer in the HTTP body), so local mode listens on
 * loopback unless the operator says, in so many words, that the network may reach an unauthenticated bot.
 */
export function listenHost(config: AuthSettings & { allowUnauthenticatedNetwork: boolean }, host: string | undefined): string {
  if (!isLocalMode(config)) return host ?? '0.0.0.0';
  const chosen = host ?? '127.0.0.1';
  if (!isLoopbackHost(chosen) && !config.allowUnauthenticatedNetwork) {
    throw new ConfigurationError(
      `HOST=${chosen} without MicrosoftAppId would let anyone on the network pose as any chat user: set the credentials, ` +
      'or ALLOW_UNAUTHENTICATED_NETWORK=true if you really mean it',
    );
  }
  return chosen;
}

export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** Said once, at start-up, so that nobody mistakes a local bot for a protected one. */
export function warnIfLocalMode(config: AuthSettings & { host?: string }, logger: Logger): void {
  if (!isLocalMode(config)) return;
  if (config.host !== undefined && !isLoopbackHost(config.host)) {
    // Red on a terminal, and an error in the logs: nobody should run this by accident.
    console.error(`\x1b[1;31mWARNING: local mode on ${config.host}: requests are NOT authenticated and anyone who reaches `
      + 'this port can read any linked customer\'s data (ALLOW_UNAUTHENTICATED_NETWORK=true)\x1b[0m');
    logger.error({ host: config.host }, 'local mode on the network: requests are NOT authenticated (ALLOW_UNAUTHENTICATED_NETWORK=true)');
  }
    logger.warn('local mode: no MicrosoftAppId set, so requests are NOT authenticated and replies go only to loopback serviceUrls '
    + '(Emulator, npm run chat); set MicrosoftAppId and MicrosoftAppPassword to serve a real channel');
}
