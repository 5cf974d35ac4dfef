import type { SqlClient } from './sql/sqlClient';
import { sqlOf, type SqlSource } from './sql/sqlSource';

const DAY = 24 * 60 * 60_000;

export interface PurgeCounts {
  botState: number;
  linkAttempts: number;
  counters: number;
  handoffMessages: number;
}

/**
 * What chat users who never linked leave behind expires: their bot state rows (any conversation), the
 * messages kept for a handoff in them (each older than the retention: all of a conversation's by the
 * time its state goes, since every message is written in a turn that writes the state), their wrong-code counts (unless a lockout is still running) and every per-minute counter older than a day.
 * A linked chat user's own rows stay for as long as the link; a conversation's shared row (greeted,
 * language) goes after the retention too, costing at most a second welcome.
 */
export class StateExpiry {
  private readonly statements;

  private readonly sql: SqlClient;

  constructor(source: SqlSource) {
    const sql = sqlOf(source);
    this.sql = sql;
    // substr from the end, spelt so that both engines read it (PostgreSQL has no negative start).
    const linkedOwner = `EXISTS (SELECT 1 FROM links l WHERE bot_state.key = l.channel_id || '/users/' || l.user_id || '/'
      OR (substr(bot_state.key, 1, length(l.channel_id) + 15) = l.channel_id || '/conversations/'
        AND substr(bot_state.key, length(bot_state.key) - length(l.user_id) - 7) = '/users/' || l.user_id || '/'))`;
    this.statements = {
      botState: sql.statement(`DELETE FROM bot_state WHERE (updated_at IS NULL OR updated_at < @cutoff) AND NOT ${linkedOwner}`),
      linkAttempts: sql.statement(`DELETE FROM link_attempts WHERE (updated_at IS NULL OR updated_at < @cutoff)
        AND (locked_until IS NULL OR locked_until < @now)`),
      windows: sql.statement('DELETE FROM limit_windows WHERE window_start < @dayAgo'),
      handoffMessages: sql.statement(`DELETE FROM handoff_messages WHERE written_at < @cutoff
        AND NOT EXISTS (SELECT 1 FROM links l WHERE l.channel_id = handoff_messages.channel_id AND l.user_id = handoff_messages.user_id)`),
    };
  }

  /** Deletes what has not been written for `retentionDays`; returns how many rows of each kind went. */
  purge(now: Date, retentionDays: number): Promise<PurgeCounts> {
    const params = {
      now: now.toISOString(),
      cutoff: new Date(now.getTime() - retentionDays * DAY).toISOString(),
      dayAgo: new Date(now.getTime() - DAY).toISOString(),
    };
    return this.sql.transaction(async (): Promise<PurgeCounts> => ({
      botState: await this.statements.botState.run(params),
      linkAttempts: await this.statements.linkAttempts.run(params),
      counters: await this.statements.windows.run(params),
      handoffMessages: await this.statements.handoffMessages.run(params),
    }));
  }
}
