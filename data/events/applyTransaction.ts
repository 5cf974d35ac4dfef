import type { SqlClient } from '../sql/sqlClient';
import { sqlOf, type SqlSource } from '../sql/sqlSource';
import { DatasetError } from '../errors';
import { writeDataset } from '../import/writer';
import { MAX_BALANCE_CENTS, formatCents, isBoundedBalance } from '../money';
import type { NotificationPayload } from '../notifications/payload';
import type { Recipient } from '../notifications/recipients';
import { MerchantHistory } from '../insights/merchantHistory';
import { unusualReasons, type UnusualReason } from '../insights/unusual';
import { localDate } from '../time';
import type { Account, Transaction } from '../types';

/** What applying an event did, and what each of the customer's chats should be told about it. */
export interface AppliedEvent {
  customerId: string;
  accountId: string | null;
  payloadFor(recipient: Recipient): NotificationPayload | null;
}

interface AccountRow { customer_id: string; type: Account['type']; name: string; currency: string; balance_cents: number }

/**
 * Records a transaction from a `transaction.booked` event. A booked one moves the account's balance by
 * its amount; a pending one (a card authorisation) is recorded but leaves the balance alone, as the
 * balance is the booked balance everywhere else. A pending transaction may later come back booked
 * (same id): then, and only then, the balance moves. Anything else about a known id is refused.
 */
export class TransactionBooking {
  private readonly statements;
  private readonly history: MerchantHistory;

  private readonly sql: SqlClient;

  constructor(source: SqlSource, private readonly timeZone: string) {
    const sql = sqlOf(source);
    this.sql = sql;
    this.history = new MerchantHistory(sql, timeZone);
    this.statements = {
      account: sql.statement<AccountRow>(
        'SELECT customer_id, type, name, currency, balance_cents FROM accounts WHERE id = @id'),
      existing: sql.statement<{ status: string; account_id: string; amount_cents: number }>(
        'SELECT status, account_id, amount_cents FROM transactions WHERE id = @id'),
      move: sql.statement('UPDATE accounts SET balance_cents = balance_cents + @amountCents WHERE id = @accountId'),
    };
  }

  async apply(transaction: Transaction): Promise<AppliedEvent> {
    const existing = await this.statements.existing.get({ id: transaction.id });
    if (existing && !(existing.status === 'pending' && transaction.status === 'booked')) {
      throw new DatasetError('transaction.id', `${JSON.stringify(transaction.id)} is already recorded as ${existing.status}`);
    }
    if (existing) refuseChangedBooking(existing, transaction);
    const before = (await this.statements.account.get({ id: transaction.accountId }))!;
    if (transaction.status === 'booked' && !isBoundedBalance(before.balance_cents + transaction.amountCents)) {
      throw new DatasetError('transaction.amount', `would take the account's balance beyond ±${formatCents(MAX_BALANCE_CENTS)}`);
    }
    const unusual = await this.unusual(before.customer_id, transaction);
    await writeDataset(this.sql, { customers: [], accounts: [], transactions: [transaction], receipts: [], deliveries: [] });
    const booked = transaction.status === 'booked';
    if (booked) await this.statements.move.run({ amountCents: transaction.amountCents, accountId: transaction.accountId });
    const balanceCents = before.balance_cents + (booked ? transaction.amountCents : 0);
    const account = { accountName: before.name, accountType: before.type, currency: before.currency };

    return {
      customerId: before.customer_id,
      accountId: transaction.accountId,
      payloadFor: (recipient) => {
        const payload: NotificationPayload = {};
        if (recipient.transactions) {
          payload.transaction = {
            ...account, amountCents: transaction.amountCents, status: transaction.status,
            counterparty: transaction.merchant ?? transaction.description, balanceCents: booked ? balanceCents : null,
          };
        }
        const threshold = recipient.thresholdCents;
        if (booked && threshold !== null && before.balance_cents >= threshold && balanceCents < threshold) {
          payload.lowBalance = { ...account, balanceCents, thresholdCents: threshold };
        }
        if (recipient.unusual && unusual.length > 0) {
          payload.unusual = { counterparty: transaction.merchant ?? transaction.description, currency: before.currency, amountCents: -transaction.amountCents, reasons: unusual };
        }
        return payload.transaction || payload.lowBalance || payload.unusual ? payload : null;
      },
    };
  }

  /** A booked payment out that is not a transfer between own accounts, judged against the earlier ones. */
  private async unusual(customerId: string, transaction: Transaction): Promise<UnusualReason[]> {
    if (transaction.status !== 'booked' || transaction.amountCents >= 0 || transaction.counterpartyAccountId) return [];
    const merchant = transaction.merchant ?? transaction.description;
    const payment = {
      id: transaction.id, accountId: transaction.accountId, bookedAt: transaction.bookedAt, merchant,
      amountCents: -transaction.amountCents, date: localDate(new Date(transaction.bookedAt), this.timeZone),
    };
    return unusualReasons(payment, await this.history.before(customerId, merchant, transaction.id, transaction.bookedAt));
  }
}

/** A booking completes its pending transaction: it may not move it to another account or change its amount. */
function refuseChangedBooking(pending: { account_id: string; amount_cents: number }, booking: Transaction): void {
  const kept: [field: string, same: boolean][] = [
    ['transaction.accountId', pending.account_id === booking.accountId],
    ['transaction.amount', pending.amount_cents === booking.amountCents],
  ];
  const changed = kept.find(([, same]) => !same);
  if (changed) throw new DatasetError(changed[0], 'differs from the pending transaction it books');
}
