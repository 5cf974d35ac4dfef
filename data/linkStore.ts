import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { SqlClient } from './sql/sqlClient';
import { sqlOf, type SqlSource } from './sql/sqlSource';
import { WindowCounter, windowEnd } from './windowCounter';

/** Unambiguous characters only (no 0/O, 1/I/L): codes are read off a letter or an app and typed on a phone. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

export interface LinkPolicy {
  codeTtlMinutes: number;
  maxFailedAttempts: number;
  lockoutMinutes: number;
  linkValidityDays: number;
  /** Wrong codes a minute across every chat user; past it, nobody's code is tried until the minute ends. */
  globalFailuresPerMinute: number;
}

/** Told once a minute, when wrong codes across all chat users reach the global limit (the operator logs it). */
export type SlowdownListener = (failures: number, until: Date) => void;

export interface ChatUser {
  channelId: string;
  userId: string;
}

export type RedeemOutcome =
  | { kind: 'linked'; customerId: string }
  | { kind: 'invalid'; attemptsLeft: number }
  | { kind: 'locked'; until: Date }
  /** Too many wrong codes across everyone this minute: the code was not even tried. */
  | { kind: 'slowed'; until: Date };

export type LinkState =
  | { kind: 'linked'; customerId: string; expiresAt: Date }
  | { kind: 'expired'; customerId: string }
  | { kind: 'none' };

const MINUTE = 60_000;
const GLOBAL_FAILURES = 'link-failures';
const SOURCE_FAILURES = 'link-failures-by-source';
const DAY = 24 * 60 * MINUTE;

/** Links between chat users `(channelId, userId)` and customers, and the one-time codes that create them. */
export class LinkStore {
  private readonly statements;
  private readonly counter: WindowCounter;

  private readonly sql: SqlClient;

  constructor(source: SqlSource, private readonly policy: LinkPolicy, private readonly onSlowdown: SlowdownListener = () => undefined) {
    const sql = sqlOf(source);
    this.sql = sql;
    this.counter = new WindowCounter(sql);
    this.statements = {
      insertCode: sql.statement(
        'INSERT INTO link_codes (code_hash, customer_id, created_at, expires_at) VALUES (@hash, @customerId, @now, @expiresAt)',
      ),
      findCode: sql.statement<{ code_hash: string; customer_id: string }>(
        'SELECT code_hash, customer_id FROM link_codes WHERE code_hash = @hash AND used_at IS NULL AND expires_at > @now',
      ),
      useCode: sql.statement('UPDATE link_codes SET used_at = @now WHERE code_hash = @hash AND used_at IS NULL'),
      // The chat user's row, created if need be and held until the attempt's transaction ends.
      holdAttempts: sql.statement<{ failures: number; locked_until: string | null }>(
        `INSERT INTO link_attempts (channel_id, user_id, failures, updated_at) VALUES (@channelId, @userId, 0, @now)
         ON CONFLICT (channel_id, user_id) DO UPDATE SET failures = link_attempts.failures
         RETURNING failures, locked_until`,
      ),
      countFailure: sql.statement<{ failures: number }>(
        `INSERT INTO link_attempts (channel_id, user_id, failures, updated_at) VALUES (@channelId, @userId, 1, @now)
         ON CONFLICT (channel_id, user_id) DO UPDATE SET failures = link_attempts.failures + 1, updated_at = excluded.updated_at
         RETURNING failures`,
      ),
      lock: sql.statement(
        'UPDATE link_attempts SET failures = 0, locked_until = @until WHERE channel_id = @channelId AND user_id = @userId',
      ),
      clearAttempts: sql.statement('DELETE FROM link_attempts WHERE channel_id = @channelId AND user_id = @userId'),
      upsertLink: sql.statement(
        `INSERT INTO links (channel_id, user_id, customer_id, linked_at, expires_at)
         VALUES (@channelId, @userId, @customerId, @now, @expiresAt)
         ON CONFLICT (channel_id, user_id) DO UPDATE SET
           customer_id = excluded.customer_id, linked_at = excluded.linked_at, expires_at = excluded.expires_at`,
      ),
      findLink: sql.statement<{ customer_id: string; expires_at: string }>('SELECT customer_id, expires_at FROM links WHERE channel_id = @channelId AND user_id = @userId'),
      deleteLink: sql.statement('DELETE FROM links WHERE channel_id = @channelId AND user_id = @userId'),
      customerExists: sql.statement('SELECT 1 FROM customers WHERE id = @customerId'),
    };
  }

  /** A fresh single-use code for the customer; only its hash is stored. Returns null for an unknown customer. */
  async issueCode(customerId: string, now: Date): Promise<string | null> {
    if (!(await this.statements.customerExists.get({ customerId }))) return null;
    const code = randomCode();
    const expiresAt = new Date(now.getTime() + this.policy.codeTtlMinutes * MINUTE);
    await this.statements.insertCode.run({ hash: hashCode(code), customerId, now: now.toISOString(), expiresAt: expiresAt.toISOString() });
    return code;
  }

  /**
   * Tries a code for a chat user. Three limits, so that rotating `from.id` buys nothing: the chat
   * user's own lockout, the request source's (its address, in local mode), and every chat user's
   * together, per minute. One transaction that first holds the rows it checks, always in that order
   * (so that two attempts never wait for each other in a circle): an attempt sent to another process
   * at the same moment waits until this one has counted, so the limits are exact across processes
   * (on SQLite the immediate transaction already serializes them; on PostgreSQL the row locks do).
   */
  redeem(user: ChatUser, typedCode: string, now: Date, source?: string): Promise<RedeemOutcome> {
    return this.sql.transaction(async (): Promise<RedeemOutcome> => {
      const attempts = await this.statements.holdAttempts.get({ ...user, now: now.toISOString() });
      if (attempts?.locked_until && new Date(attempts.locked_until) > now) {
        return { kind: 'locked', until: new Date(attempts.locked_until) };
      }
      const sourceWindow = this.policy.lockoutMinutes * MINUTE;
      if (source !== undefined && await this.counter.held(SOURCE_FAILURES, source, now, sourceWindow) >= this.policy.maxFailedAttempts) {
        return { kind: 'locked', until: windowEnd(now, sourceWindow) };
      }
      if (await this.counter.held(GLOBAL_FAILURES, 'all', now, MINUTE) >= this.policy.globalFailuresPerMinute) {
        return { kind: 'slowed', until: windowEnd(now, MINUTE) };
      }
      const hash = hashCode(normaliseCode(typedCode));
      const row = await this.statements.findCode.get({ hash, now: now.toISOString() });
      if (!row || !sameHash(row.code_hash, hash)) return this.recordFailure(user, now, source);
      await this.statements.useCode.run({ hash, now: now.toISOString() });
      await this.statements.clearAttempts.run(user);
      const expiresAt = new Date(now.getTime() + this.policy.linkValidityDays * DAY);
      await this.statements.upsertLink.run({
        ...user, customerId: row.customer_id, now: now.toISOString(), expiresAt: expiresAt.toISOString(),
      });
      return { kind: 'linked', customerId: row.customer_id };
    });
  }

  async link(user: ChatUser, now: Date): Promise<LinkState> {
    const row = await this.statements.findLink.get(user);
    if (!row) return { kind: 'none' };
    const expiresAt = new Date(row.expires_at);
    if (expiresAt <= now) return { kind: 'expired', customerId: row.customer_id };
    return { kind: 'linked', customerId: row.customer_id, expiresAt };
  }

  /** Ends the link; returns whether there was one. */
  async unlink(user: ChatUser): Promise<boolean> {
    return (await this.statements.deleteLink.run(user)) > 0;
  }

  /** Wrong codes this minute across every chat user (`npm run admin -- limits`). */
  globalFailures(now: Date): Promise<number> {
    return this.counter.current(GLOBAL_FAILURES, 'all', now, MINUTE);
  }

  private async recordFailure(user: ChatUser, now: Date, source: string | undefined): Promise<RedeemOutcome> {
    const everyone = await this.counter.add(GLOBAL_FAILURES, 'all', now, MINUTE);
    if (everyone === this.policy.globalFailuresPerMinute) this.onSlowdown(everyone, windowEnd(now, MINUTE));
    if (source !== undefined) await this.counter.add(SOURCE_FAILURES, source, now, this.policy.lockoutMinutes * MINUTE);
    const { failures } = (await this.statements.countFailure.get({ ...user, now: now.toISOString() }))!;
    if (failures < this.policy.maxFailedAttempts) {
      return { kind: 'invalid', attemptsLeft: this.policy.maxFailedAttempts - failures };
    }
    const until = new Date(now.getTime() + this.policy.lockoutMinutes * MINUTE);
    await this.statements.lock.run({ ...user, until: until.toISOString() });
    return { kind: 'locked', until };
  }
}

/**
 * Eight random characters with at least one digit (drawn again until there is one): a code of letters
 * alone could read as a word, and the recognizer tells a code from words by its digit.
 */
function randomCode(): string {
  for (;;) {
    const code = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
    if (/\d/.test(code)) return code;
  }
}

/** Codes are typed on phones: case and spaces or dashes do not matter. */
function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

function hashCode(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
