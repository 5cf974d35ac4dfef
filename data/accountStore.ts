import type { SqlClient } from './sql/sqlClient';
import { sqlOf, type SqlSource } from './sql/sqlSource';
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

  constructor(source: SqlSource) {
    const sql = sqlOf(source);
    this.customerById = sql.statement<Customer>('SELECT id, name, locale FROM customers WHERE id = @customerId');
    this.accountsOfCustomer = sql.statement<AccountRow>(
      `SELECT * FROM accounts WHERE customer_id = @customerId
       ORDER BY CASE type WHEN 'checking' THEN 0 WHEN 'savings' THEN 1 ELSE 2 END, name`,
    );
    this.accountOfCustomer = sql.statement<AccountRow>('SELECT * FROM accounts WHERE customer_id = @customerId AND id = @accountId');
  }

  async customer(customerId: string): Promise<Customer | null> {
    return (await this.customerById.get({ customerId })) ?? null;
  }

  /** Checking first, then savings, then cards: the order a customer reads a statement in. */
  async accounts(customerId: string): Promise<Account[]> {
    return (await this.accountsOfCustomer.all({ customerId })).map(toAccount);
  }

  async account(customerId: string, accountId: string): Promise<Account | null> {
    const row = await this.accountOfCustomer.get({ customerId, accountId });
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
