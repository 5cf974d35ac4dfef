import type { UnusualReason } from '../insights/unusual';
import type { AccountType, DeliveryStatus, TransactionStatus } from '../types';

/**
 * What one notification says, frozen when the event is accepted (the balance *after* that movement,
 * not whatever it is when the message finally goes out). Rendered into words only when sent, in the
 * chat user's language of the moment.
 */
export interface NotificationPayload {
  transaction?: {
    accountName: string;
    accountType: AccountType;
    currency: string;
    amountCents: number;
    /** Merchant, or the bank's description when there is no merchant. */
    counterparty: string;
    status: TransactionStatus;
    /** The account's balance after a booked movement; null for a pending one (the balance has not moved). */
    balanceCents: number | null;
  };
  lowBalance?: {
    accountName: string;
    accountType: AccountType;
    currency: string;
    balanceCents: number;
    thresholdCents: number;
  };
  /** A payment that looks unusual, said to a chat that asked for such alerts (see `insights/unusual.ts`). */
  unusual?: {
    counterparty: string;
    currency: string;
    amountCents: number;
    reasons: UnusualReason[];
  };
  delivery?: {
    merchant: string;
    orderNumber: string;
    status: DeliveryStatus;
    /** `YYYY-MM-DD` in the bank's zone. */
    estimatedDelivery: string | null;
    deliveredAt: string | null;
  };
}

/** Messenger asks for a silent push when a message shows a balance (lock screens show it). */
export function showsBalance(payload: NotificationPayload): boolean {
  return payload.lowBalance !== undefined || (payload.transaction?.balanceCents ?? null) !== null;
}
