import { z } from 'zod';
import { boolean, httpUrl, integer, isoInstant, listenAddress, oneOf, secret, text, timeZone } from './fields';
import { refuseHalfSetCredentials } from './channelCredentials';
import { DEFAULT_MAX_BACKOFF_SECONDS, refuseFirstDelayAboveMax } from './retryDelays';

/**
 * Every environment variable the bot reads, with its type, bounds and default: the one place a setting
 * is declared. `.env.example` documents each of them with its default; a test keeps the two in step.
 * Add a setting here (and to `.env.example`), then map it into `Config` in `bot/infra/config.ts`.
 */
const SETTINGS_FIELDS = z.object({
  PORT: integer(1, 65535, 3978),
  HOST: listenAddress(),
  ALLOW_UNAUTHENTICATED_NETWORK: boolean(false),
  DATABASE_PATH: text('data/bank.db'),
  // Text here, checked in config.ts: a wrong URL must never be echoed back, it may hold a password.
  DATABASE_URL: text(),
  SEED_DEMO_BANK: boolean(true),
  BANK_TIME_ZONE: timeZone('Europe/Paris'),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
  LOG_FORMAT: oneOf(['json', 'pretty']),
  NODE_ENV: oneOf(['development', 'production', 'test'], 'development'),
  FIXED_NOW: isoInstant(),

  MicrosoftAppId: text(),
  MicrosoftAppPassword: text(),
  MicrosoftAppType: oneOf(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']),
  MicrosoftAppTenantId: text(),
  BotOpenIdMetadata: httpUrl(),

  RATE_LIMIT_PER_MINUTE: integer(1, 1_000_000, 20),
  UNLINKED_STATE_DAYS: integer(1, 3650, 7),

  LINK_CODE_TTL_MINUTES: integer(1, 1440, 10),
  LINK_MAX_FAILED_ATTEMPTS: integer(1, 100, 5),
  LINK_LOCKOUT_MINUTES: integer(1, 10_080, 15),
  LINK_VALIDITY_DAYS: integer(1, 3650, 180),
  LINK_GLOBAL_FAILURES_PER_MINUTE: integer(1, 1_000_000, 20),

  // The demo bank's fictitious card-blocking line and site (reserved `.example` domain); a bank sets its own.
  CARD_EMERGENCY_PHONE: text('+33 1 23 45 67 89'),
  BANK_APP_URL: httpUrl('https://banque.example/app'),

  BOT_URL: httpUrl(),

  // An HMAC key: guessed, it would let anyone book payments and message every customer. 16 at least refuses
  // the obvious ("secret"); the message asks for openssl's 64 characters.
  EVENTS_SECRET: secret(16),
  EVENTS_MAX_AGE_SECONDS: integer(1, 604_800, 300),
  NOTIFY_MAX_ATTEMPTS: integer(1, 100, 6),
  NOTIFY_POLL_SECONDS: integer(1, 86_400, 15),
  NOTIFY_BACKOFF_SECONDS: integer(1, 86_400, 5),
  NOTIFY_MAX_BACKOFF_SECONDS: integer(1, 604_800, DEFAULT_MAX_BACKOFF_SECONDS),
  NOTIFY_LEASE_SECONDS: integer(1, 3600, 120),

  // A bearer token: a short one is guessed by trying.
  METRICS_TOKEN: secret(16),
  // An HMAC key the bank's website shares: short enough to guess, and anyone could sign as any web user.
  WEBCHAT_TOKEN_SECRET: secret(32),

  SHUTDOWN_DRAIN_SECONDS: integer(0, 60, 1),
  SHUTDOWN_TIMEOUT_SECONDS: integer(1, 600, 10),
});

/** The variables one by one, then the rules across them (channel credentials are all or nothing, retry delays in order). */
export const SETTINGS_SCHEMA = SETTINGS_FIELDS.superRefine(refuseHalfSetCredentials).superRefine(refuseFirstDelayAboveMax);

export type Settings = z.infer<typeof SETTINGS_SCHEMA>;

/** The variable names, for the `.env.example` test and for operators' tooling. */
export const SETTING_NAMES = Object.keys(SETTINGS_FIELDS.shape) as (keyof Settings)[];
