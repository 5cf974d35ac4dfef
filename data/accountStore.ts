import type { Db } from './database';
import type { Account, AccountType, Customer } from './types';

interface AccountRow {
  id: string;
  customer_id: string;
  type: AccountType;
  name: string;
  iban: string | null;
  card_last4: string | null;
  currency: string;
  balance_cents: number;
}

/** Customers and their accounts. Every read of an account is scoped to the customer who owns it. */
export class AccountStore {
  private readonly customerById;
  private readonly accountsOfCustomer;
  private readonly accountOfCustomer;

  constructor(private readonly db: Db) {
    this.customerById = db.prepare('SELECT id, name, locale FROM customers WHERE id = @customerId');
    this.accountsOfCustomer = db.prepare(
      `SELECT * FROM accounts WHERE customer_id = @customerId
       ORDER BY CASE type WHEN 'checking' THEN 0 WHEN 'savings' THEN 1 ELSE 2 END, name`,
    );
    this.accountOfCustomer = db.prepare('SELECT * FROM accounts WHERE customer_id = @customerId AND id = @accountId');
  }

  customer(customerId: string): Customer | null {
    return (this.customerById.get({ customerId }) as Customer | undefined) ?? null;
  }

  /** Checking first, then savings, then cards: the order a customer reads a statement in. */
  accounts(customerId: string): Account[] {
    return (this.accountsOfCustomer.all({ customerId }) as AccountRow[]).map(toAccount);
  }

  account(customerId: string, accountId: string): Account | null {
    const row = this.accountOfCustomer.get({ customerId, accountId }) as AccountRow | undefined;
    return row ? toAccount(row) : null;
  }
}

function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    customerId: row.customer_id,
    type: row.type,
    name: row.name,
    iban: row.iban,
    cardLast4: row.card_last4,
    currency: row.currency,
    balanceCents: row.balance_cents,
  };
}
