import { resolve } from 'node:path';
import { ConfigurationError } from './errors';
import { SETTINGS_SCHEMA, type Settings } from '../settings/schema';
import { isPostgresUrl } from '../../data/postgres/pool';
import { listenHost, requireCredentialsInProduction } from '../http/localMode';

/** Every setting, validated once at start-up (`settings/schema.ts`). `.env.example` documents each one. */
export interface Config {
  port: number;
  /** Where to listen: loopback by default without credentials (local mode), every interface with them. */
  host: string;
  /** ALLOW_UNAUTHENTICATED_NETWORK: local mode on a non-loopback HOST, knowingly (a loud warning at start-up). */
  allowUnauthenticatedNetwork: boolean;
  databasePath: string;
  /** DATABASE_URL: `postgres://…` selects PostgreSQL (shared by several processes); unset, SQLite at `databasePath`. */
  databaseUrl?: string;
  timeZone: string;
  seedDemoBank: boolean;
  production: boolean;
  logLevel: string;
  /** JSON lines for a log collector, or readable lines for a terminal; unset: JSON in production only. */
  logFormat: 'json' | 'pretty';
  /** A frozen "now" (ISO instant with offset), to record Emulator transcripts that replay in the tests. */
  fixedNow?: string;
  /** The terminal chat's target; unset, the bot on `port` of this machine. */
  botUrl?: string;
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
    /** How long a dispatcher's claim on a notification keeps other processes off it. */
    leaseSeconds: number;
  };
  /** `GET /metrics` needs `Authorization: Bearer <token>` when set. */
  metricsToken?: string;
  shutdown: {
    /** Least time `/readyz` answers 503 before the port closes. */
    drainSeconds: number;
    /** Hard deadline after SIGTERM/SIGINT: the process has exited by then. */
    timeoutSeconds: number;
  };
  webchat: {
    /** Signs web users' tokens (the bank's website makes them); unset in local mode: a secret of the process. */
    tokenSecret?: string;
  };
}

type Env = Record<string, string | undefined>;

/**
 * Reads and validates every setting once, at start-up, against `SETTINGS_SCHEMA`: a wrong value stops
 * the process before anything listens, with one line per bad variable (`PORT: expected an integer
 * 1–65535, got "abc"`).
 */
export function loadConfig(env: Env = process.env): Config {
  const settings = parseSettings(env);
  const config: Config = {
    port: settings.PORT,
    host: '',
    allowUnauthenticatedNetwork: settings.ALLOW_UNAUTHENTICATED_NETWORK,
    // A path given is kept as written (relative to the project root, where npm runs); the default is absolute.
    databasePath: env.DATABASE_PATH ? settings.DATABASE_PATH : resolve(settings.DATABASE_PATH),
    databaseUrl: databaseUrl(settings.DATABASE_URL),
    timeZone: settings.BANK_TIME_ZONE,
    seedDemoBank: settings.SEED_DEMO_BANK,
    production: settings.NODE_ENV === 'production',
    logLevel: settings.LOG_LEVEL,
    logFormat: settings.LOG_FORMAT ?? (settings.NODE_ENV === 'production' ? 'json' : 'pretty'),
    fixedNow: settings.FIXED_NOW,
    botUrl: settings.BOT_URL,
    auth: {
      appId: settings.MicrosoftAppId,
      appPassword: settings.MicrosoftAppPassword,
      appType: settings.MicrosoftAppType,
      tenantId: settings.MicrosoftAppTenantId,
      openIdMetadataUrl: settings.BotOpenIdMetadata,
    },
    messagesPerMinute: settings.RATE_LIMIT_PER_MINUTE,
    unlinkedStateDays: settings.UNLINKED_STATE_DAYS,
    linking: {
      codeTtlMinutes: settings.LINK_CODE_TTL_MINUTES,
      maxFailedAttempts: settings.LINK_MAX_FAILED_ATTEMPTS,
      lockoutMinutes: settings.LINK_LOCKOUT_MINUTES,
      linkValidityDays: settings.LINK_VALIDITY_DAYS,
      globalFailuresPerMinute: settings.LINK_GLOBAL_FAILURES_PER_MINUTE,
    },
    helpElsewhere: {
      cardEmergencyPhone: settings.CARD_EMERGENCY_PHONE,
      bankAppUrl: settings.BANK_APP_URL,
    },
    notifications: {
      eventsSecret: settings.EVENTS_SECRET,
      eventsMaxAgeSeconds: settings.EVENTS_MAX_AGE_SECONDS,
      maxAttempts: settings.NOTIFY_MAX_ATTEMPTS,
      pollSeconds: settings.NOTIFY_POLL_SECONDS,
      backoffSeconds: settings.NOTIFY_BACKOFF_SECONDS,
      maxBackoffSeconds: settings.NOTIFY_MAX_BACKOFF_SECONDS,
      leaseSeconds: settings.NOTIFY_LEASE_SECONDS,
    },
    metricsToken: settings.METRICS_TOKEN,
    shutdown: { drainSeconds: settings.SHUTDOWN_DRAIN_SECONDS, timeoutSeconds: settings.SHUTDOWN_TIMEOUT_SECONDS },
    webchat: {
      tokenSecret: settings.WEBCHAT_TOKEN_SECRET,
    },
  };
  requireCredentialsInProduction(config);
  config.host = listenHost(config, settings.HOST);
  return config;
}

/** The raw settings, typed and defaulted; every bad variable is named in one error. */
export function parseSettings(env: Env): Settings {
  const result = SETTINGS_SCHEMA.safeParse(env);
  if (result.success) return checkTogether(result.data);
  const lines = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigurationError(lines.join('\n'));
}

/** Rules across variables, in the same words as the rules on one. */
function checkTogether(settings: Settings): Settings {
  if (settings.SHUTDOWN_DRAIN_SECONDS >= settings.SHUTDOWN_TIMEOUT_SECONDS) {
    throw new ConfigurationError(
      `SHUTDOWN_DRAIN_SECONDS: expected less than SHUTDOWN_TIMEOUT_SECONDS (${settings.SHUTDOWN_TIMEOUT_SECONDS}), got "${settings.SHUTDOWN_DRAIN_SECONDS}"`,
    );
  }
  return settings;
}

/** Only PostgreSQL URLs; the value is not repeated in the error, since it may carry a password. */
function databaseUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!isPostgresUrl(value)) throw new ConfigurationError('DATABASE_URL: expected postgres://… or postgresql://…');
  return value;
}
