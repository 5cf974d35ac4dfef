/** What the database already holds, so a file may refer to records imported earlier. */
import type { Db } from '../database';

export class ExistingRecords {
  private readonly customer;
  private readonly accountOwnerOf;
  private readonly transaction;
  private readonly receipt;

  constructor(db: Db) {
    this.customer = db.prepare<{ id: string }, { id: string }>('SELECT id FROM customers WHERE id = @id');
    this.accountOwnerOf = db.prepare<{ id: string }, { customerId: string }>(
      'SELECT customer_id AS customerId FROM accounts WHERE id = @id');
    this.transaction = db.prepare<{ id: string }, { id: string }>('SELECT id FROM transactions WHERE id = @id');
    this.receipt = db.prepare<{ id: string }, { id: string }>('SELECT id FROM receipts WHERE id = @id');
  }

  hasCustomer(id: string): boolean {
    return this.customer.get({ id }) !== undefined;
  }

  /** The customer an existing account belongs to, or undefined if the account is new. */
  accountOwner(id: string): string | undefined {
    return this.accountOwnerOf.get({ id })?.customerId;
  }

  hasTransaction(id: string): boolean {
    return this.transaction.get({ id }) !== undefined;
  }

  hasReceipt(id: string): boolean {
    return this.receipt.get({ id }) !== undefined;
  }
}
