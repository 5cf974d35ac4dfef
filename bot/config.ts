import { resolve } from 'node:path';
import { ConfigurationError } from './errors';
import { isIsoInstant } from '../data/time';
import { listenHost, requireCredentialsInProduction } from './localMode';

/** Every setting, read once from the environment at start-up. `.env.example` documents each one. */
export interface Config {
  port: number;
  /** Where to listen: loopback by default without credentials (local mode), every interface with them. */
  host: string;
  /** ALLOW_UNAUTHENTICATED_NETWORK: local mode on a non-loopback HOST, knowingly (a loud warning at start-up). */
  allowUnauthenticatedNetwork: boolean;
  databasePath: string;
  timeZone: string;
  seedDemoBank: boolean;
  production: boolean;
  logLevel: string;
  /** A frozen "now" (ISO instant with offset), to record Emulator transcripts that replay in the tests. */
  fixedNow?: string;
  auth: {
    appId?: string;
    appPassword?: string;
    appType?: string;
    tenantId?: string;
    /** botbuilder's `BotOpenIdMetadata`: where channel signing keys are read (tests, sovereign clouds). */
    openIdMetadataUrl?: string;
  };
  /** Days after which the state of chat users who never linked is purged (at start-up and daily). */
  unlinkedStateDays: number;
  /** Messages a chat user may send per minute before the bot answers politely and stops reading. */
  messagesPerMinute: number;
  linking: {
    codeTtlMinutes: number;
    maxFailedAttempts: number;
    lockoutMinutes: number;
    linkValidityDays: number;
    /** Wrong link codes a minute across every chat user before linking pauses for everyone until the minute ends. */
    globalFailuresPerMinute: number;
  };
  /** Where to turn for what the assistant does not do. */
  helpElsewhere: {
    /** The bank's 24/7 card-blocking line, said first for a lost or stolen card. */
    cardEmergencyPhone: string;
    /** The bank's app or website, for transfers, payments and card settings. */
    bankAppUrl: string;
  };
  notifications: {
    /** Shared secret of the bank's signed events; unset → /api/events refuses every event with 503. */
    eventsSecret?: string;
    /** EVENTS_MAX_AGE_SECONDS: an event whose `occurredAt` is further than this from now is refused (replays). */
    eventsMaxAgeSeconds: number;
    maxAttempts: number;
    pollSeconds: number;
    backoffSeconds: number;
    maxBackoffSeconds: number;
  };
  webchat: {
    /** Signs web users' tokens (the bank's website makes them); unset in local mode: a secret of the process. */
    tokenSecret?: string;
  };
}

type Env = Record<string, string | undefined>;

/** The demo bank's fictitious card-blocking line and site (reserved `.example` domain); a bank sets its own. */
const DEMO_CARD_EMERGENCY_PHONE = '+33 1 23 45 67 89';
const DEMO_BANK_APP_URL = 'https://banque.example/app';

export function loadConfig(env: Env = process.env): Config {
  const config: Config = {
    port: integer(env, 'PORT', 3978),
    host: '',
    allowUnauthenticatedNetwork: env.ALLOW_UNAUTHENTICATED_NETWORK === 'true',
    databasePath: env.DATABASE_PATH || resolve('data', 'bank.db'),
    timeZone: timeZone(env.BANK_TIME_ZONE || 'Europe/Paris'),
    seedDemoBank: (env.SEED_DEMO_BANK ?? 'true') !== 'false',
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL || 'info',
    fixedNow: fixedNow(env.FIXED_NOW),
    auth: {
      appId: env.MicrosoftAppId || undefined,
      appPassword: env.MicrosoftAppPassword || undefined,
      appType: env.MicrosoftAppType || undefined,
      tenantId: env.MicrosoftAppTenantId || undefined,
      openIdMetadataUrl: env.BotOpenIdMetadata || undefined,
    },
    messagesPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 20),
    unlinkedStateDays: integer(env, 'UNLINKED_STATE_DAYS', 7),
    linking: {
      codeTtlMinutes: integer(env, 'LINK_CODE_TTL_MINUTES', 10),
      maxFailedAttempts: integer(env, 'LINK_MAX_FAILED_ATTEMPTS', 5),
      lockoutMinutes: integer(env, 'LINK_LOCKOUT_MINUTES', 15),
      linkValidityDays: integer(env, 'LINK_VALIDITY_DAYS', 180),
      globalFailuresPerMinute: integer(env, 'LINK_GLOBAL_FAILURES_PER_MINUTE', 20),
    },
    helpElsewhere: {
      cardEmergencyPhone: env.CARD_EMERGENCY_PHONE || DEMO_CARD_EMERGENCY_PHONE,
      bankAppUrl: env.BANK_APP_URL || DEMO_BANK_APP_URL,
    },
    notifications: {
      eventsSecret: env.EVENTS_SECRET || undefined,
      eventsMaxAgeSeconds: integer(env, 'EVENTS_MAX_AGE_SECONDS', 300),
      maxAttempts: integer(env, 'NOTIFY_MAX_ATTEMPTS', 6),
      pollSeconds: integer(env, 'NOTIFY_POLL_SECONDS', 15),
      backoffSeconds: integer(env, 'NOTIFY_BACKOFF_SECONDS', 5),
      maxBackoffSeconds: integer(env, 'NOTIFY_MAX_BACKOFF_SECONDS', 3600),
    },
    webchat: {
      tokenSecret: env.WEBCHAT_TOKEN_SECRET || undefined,
    },
  };
  requireCredentialsInProduction(config);
  config.host = listenHost(config, env.HOST || undefined);
  return config;
}

function integer(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) <= 0) {
    throw new ConfigurationError(`${name} must be a positive whole number, got "${raw}"`);
  }
  return Number(raw);
}

function timeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new ConfigurationError(`BANK_TIME_ZONE "${zone}" is not an IANA time zone`);
  }
  return zone;
}

function fixedNow(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!isIsoInstant(value)) throw new ConfigurationError(`FIXED_NOW must be an ISO 8601 instant with an offset, got "${value}"`);
  return value;
}
