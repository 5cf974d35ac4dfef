import type { Db } from './database';
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

interface SettingsRow { transactions: number; deliveries: number; unusual: number }

/** Per chat user (not per customer): a customer may want updates on Messenger but not in Teams. */
export class NotificationSettingsStore implements ChatUserRecords {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      settings: db.prepare<ChatUser, SettingsRow>(
        'SELECT transactions, deliveries, unusual FROM notification_settings WHERE channel_id = @channelId AND user_id = @userId'),
      thresholds: db.prepare<ChatUser, { account_id: string; threshold_cents: number }>(
        'SELECT account_id, threshold_cents FROM low_balance_thresholds WHERE channel_id = @channelId AND user_id = @userId'),
      upsert: db.prepare(
        `INSERT INTO notification_settings (channel_id, user_id, transactions, deliveries, unusual, updated_at)
         VALUES (@channelId, @userId, @transactions, @deliveries, @unusual, @now)
         ON CONFLICT (channel_id, user_id) DO UPDATE SET transactions = excluded.transactions,
           deliveries = excluded.deliveries, unusual = excluded.unusual, updated_at = excluded.updated_at`),
      setThreshold: db.prepare(
        `INSERT INTO low_balance_thresholds (channel_id, user_id, account_id, threshold_cents)
         VALUES (@channelId, @userId, @accountId, @cents)
         ON CONFLICT (channel_id, user_id, account_id) DO UPDATE SET threshold_cents = excluded.threshold_cents`),
      clearThresholds: db.prepare<ChatUser>(
        'DELETE FROM low_balance_thresholds WHERE channel_id = @channelId AND user_id = @userId'),
      eraseSettings: db.prepare<ChatUser>(
        'DELETE FROM notification_settings WHERE channel_id = @channelId AND user_id = @userId'),
    };
  }

  settings(user: ChatUser): NotificationSettings {
    const row = this.statements.settings.get(user);
    const thresholds = this.statements.thresholds.all(user);
    return {
      transactions: row?.transactions === 1,
      deliveries: row?.deliveries === 1,
      unusual: row?.unusual === 1,
      lowBalance: Object.fromEntries(thresholds.map((t) => [t.account_id, t.threshold_cents])),
    };
  }

  /** Turns topics on or off; the others keep their setting. */
  setTopics(user: ChatUser, topics: NotificationTopic[], enabled: boolean, now: Date): void {
    const current = this.settings(user);
    const next = { transactions: current.transactions, deliveries: current.deliveries, unusual: current.unusual };
    for (const topic of topics) next[topic] = enabled;
    this.statements.upsert.run({
      ...user, transactions: next.transactions ? 1 : 0, deliveries: next.deliveries ? 1 : 0, unusual: next.unusual ? 1 : 0,
      now: now.toISOString(),
    });
  }

  /** The caller has checked that the account is the linked customer's. */
  setLowBalanceThreshold(user: ChatUser, accountId: string, cents: number): void {
    this.statements.setThreshold.run({ ...user, accountId, cents });
  }

  clearLowBalanceThresholds(user: ChatUser): number {
    return this.statements.clearThresholds.run(user).changes;
  }

  describe(user: ChatUser): ChatUserRecordSummary[] {
    const row = this.statements.settings.get(user);
    const thresholds = this.statements.thresholds.all(user).length;
    const summaries: ChatUserRecordSummary[] = [];
    if (row) summaries.push({ kind: 'notificationSettings', count: 1 });
    if (thresholds > 0) summaries.push({ kind: 'lowBalanceAlerts', count: thresholds });
    return summaries;
  }

  erase(user: ChatUser): number {
    return this.db.transaction(() =>
      this.statements.eraseSettings.run(user).changes + this.statements.clearThresholds.run(user).changes)();
  }
}
