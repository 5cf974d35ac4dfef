/** What the database already holds, so a file may refer to records imported earlier. */
import type { Db } from '../database';

export interface IbanHolder { accountId: string; customerId: string }

/** An IBAN as compared: printed in groups of four or not, upper or lower case, it is the same account. */
export function ibanKey(iban: string): string {
  return iban.replace(/ /g, '').toUpperCase();
}

export class ExistingRecords {
  private readonly customer;
  private readonly accountOwnerOf;
  private readonly transaction;
  private readonly receipt;
  private readonly ibanHolders;

  constructor(db: Db) {
    this.customer = db.prepare<{ id: string }, { id: string }>('SELECT id FROM customers WHERE id = @id');
    this.accountOwnerOf = db.prepare<{ id: string }, { customerId: string }>(
      'SELECT customer_id AS customerId FROM accounts WHERE id = @id');
    this.transaction = db.prepare<{ id: string }, { id: string }>('SELECT id FROM transactions WHERE id = @id');
    this.receipt = db.prepare<{ id: string }, { id: string }>('SELECT id FROM receipts WHERE id = @id');
    // Compared as `ibanKey` writes them, whatever spacing or case the earlier file used.
    this.ibanHolders = db.prepare<{ key: string; id: string }, IbanHolder>(
      "SELECT id AS accountId, customer_id AS customerId FROM accounts WHERE REPLACE(UPPER(iban), ' ', '') = @key AND id <> @id");
  }

  hasCustomer(id: string): boolean {
    return this.customer.get({ id }) !== undefined;
  }

  /** The customer an existing account belongs to, or undefined if the account is new. */
  accountOwner(id: string): string | undefined {
    return this.accountOwnerOf.get({ id })?.customerId;
  }

  /** The other accounts already holding this IBAN (by `ibanKey`), apart from `accountId` itself. */
  otherIbanHolders(key: string, accountId: string): IbanHolder[] {
    return this.ibanHolders.all({ key, id: accountId });
  }

  hasTransaction(id: string): boolean {
    return this.transaction.get({ id }) !== undefined;
  }

  hasReceipt(id: string): boolean {
    return this.receipt.get({ id }) !== undefined;
  }
}
