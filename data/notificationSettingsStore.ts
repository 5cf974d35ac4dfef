import type { SqlClient } from './sql/sqlClient';
import { sqlOf, type SqlSource } from './sql/sqlSource';
import type { ChatUserRecords, ChatUserRecordSummary } from './chatUserRecords';
import type { ChatUser } from './linkStore';

/** What a chat user asked to be told. Everything is off until they say otherwise (explicit consent). */
export interface NotificationSettings {
  transactions: boolean;
  deliveries: boolean;
  /** Flag payments that look unusual (a double charge, a first large payment, a price rise). */
  unusual: boolean;
  /** Alert thresholds in cents, by account id. */
  lowBalance: Record<string, number>;
}

export type NotificationTopic = 'transactions' | 'deliveries' | 'unusual';

/** 0 and 1 on SQLite, booleans on PostgreSQL: read as truthiness. */
interface SettingsRow { transactions: number | boolean; deliveries: number | boolean; unusual: number | boolean }

/** Per chat user (not per customer): a customer may want updates on Messenger but not in Teams. */
export class NotificationSettingsStore implements ChatUserRecords {
  private readonly statements;

  private readonly sql: SqlClient;

  constructor(source: SqlSource) {
    const sql = sqlOf(source);
    this.sql = sql;
    this.statements = {
      settings: sql.statement<SettingsRow>(
        'SELECT transactions, deliveries, unusual FROM notification_settings WHERE channel_id = @channelId AND user_id = @userId'),
      thresholds: sql.statement<{ account_id: string; threshold_cents: number }>(
        'SELECT account_id, threshold_cents FROM low_balance_thresholds WHERE channel_id = @channelId AND user_id = @userId'),
      upsert: sql.statement(
        `INSERT INTO notification_settings (channel_id, user_id, transactions, deliveries, unusual, updated_at)
         VALUES (@channelId, @userId, @transactions, @deliveries, @unusual, @now)
         ON CONFLICT (channel_id, user_id) DO UPDATE SET transactions = excluded.transactions,
           deliveries = excluded.deliveries, unusual = excluded.unusual, updated_at = excluded.updated_at`),
      setThreshold: sql.statement(
        `INSERT INTO low_balance_thresholds (channel_id, user_id, account_id, threshold_cents)
         VALUES (@channelId, @userId, @accountId, @cents)
         ON CONFLICT (channel_id, user_id, account_id) DO UPDATE SET threshold_cents = excluded.threshold_cents`),
      clearThresholds: sql.statement(
        'DELETE FROM low_balance_thresholds WHERE channel_id = @channelId AND user_id = @userId'),
      eraseSettings: sql.statement(
        'DELETE FROM notification_settings WHERE channel_id = @channelId AND user_id = @userId'),
    };
  }

  async settings(user: ChatUser): Promise<NotificationSettings> {
    const [row, thresholds] = await Promise.all([this.statements.settings.get(user), this.statements.thresholds.all(user)]);
    return {
      transactions: Boolean(row?.transactions),
      deliveries: Boolean(row?.deliveries),
      unusual: Boolean(row?.unusual),
      lowBalance: Object.fromEntries(thresholds.map((t) => [t.account_id, t.threshold_cents])),
    };
  }

  /** Turns topics on or off; the others keep their setting. */
  async setTopics(user: ChatUser, topics: NotificationTopic[], enabled: boolean, now: Date): Promise<void> {
    const current = await this.settings(user);
    const next = { transactions: current.transactions, deliveries: current.deliveries, unusual: current.unusual };
    for (const topic of topics) next[topic] = enabled;
    await this.statements.upsert.run({
      ...user, transactions: next.transactions ? 1 : 0, deliveries: next.deliveries ? 1 : 0, unusual: next.unusual ? 1 : 0,
      now: now.toISOString(),
    });
  }

  /** The caller has checked that the account is the linked customer's. */
  async setLowBalanceThreshold(user: ChatUser, accountId: string, cents: number): Promise<void> {
    await this.statements.setThreshold.run({ ...user, accountId, cents });
  }

  clearLowBalanceThresholds(user: ChatUser): Promise<number> {
    return this.statements.clearThresholds.run(user);
  }

  async describe(user: ChatUser): Promise<ChatUserRecordSummary[]> {
    const row = await this.statements.settings.get(user);
    const thresholds = (await this.statements.thresholds.all(user)).length;
    const summaries: ChatUserRecordSummary[] = [];
    if (row) summaries.push({ kind: 'notificationSettings', count: 1 });
    if (thresholds > 0) summaries.push({ kind: 'lowBalanceAlerts', count: thresholds });
    return summaries;
  }

  erase(user: ChatUser): Promise<number> {
    return this.sql.transaction(async () =>
      await this.statements.eraseSettings.run(user) + await this.statements.clearThresholds.run(user));
  }
}
