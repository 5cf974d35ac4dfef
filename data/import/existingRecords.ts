/**
 * What the database already holds of the records a file names, so a file may refer to records imported
 * earlier. Read once, before validation, for every id the file mentions (four queries, whatever its
 * size); validation then checks references synchronously against this snapshot. Read inside the
 * import's transaction, the snapshot is still the truth when the records are written.
 */
import type { SqlClient } from '../sql/sqlClient';

const ID_FIELDS = ['id', 'customerId', 'accountId', 'counterpartyAccountId', 'transactionId', 'receiptId'];

export interface IbanHolder { accountId: string; customerId: string }

/** An IBAN as compared: printed in groups of four or not, upper or lower case, it is the same account. */
export function ibanKey(iban: string): string {
  return iban.replace(/ /g, '').toUpperCase();
}

export class ExistingRecords {
  private constructor(
    private readonly customers: Set<string>,
    private readonly owners: Map<string, string>,
    private readonly transactions: Set<string>,
    private readonly receipts: Set<string>,
    private readonly ibanHolders: (IbanHolder & { key: string })[],
  ) {}

  hasCustomer(id: string): boolean {
    return this.customers.has(id);
  }

  /** The customer an existing account belongs to, or undefined if the account is new. */
  accountOwner(id: string): string | undefined {
    return this.owners.get(id);
  }

  /** The other accounts already holding this IBAN (by `ibanKey`), apart from `accountId` itself. */
  otherIbanHolders(key: string, accountId: string): IbanHolder[] {
    return this.ibanHolders.filter((holder) => holder.key === key && holder.accountId !== accountId)
      .map(({ accountId: id, customerId }) => ({ accountId: id, customerId }));
  }

  hasTransaction(id: string): boolean {
    return this.transactions.has(id);
  }

  hasReceipt(id: string): boolean {
    return this.receipts.has(id);
  }

  /** The reader of these snapshots, its statements prepared once. */
  static reader(sql: SqlClient): (records: unknown[]) => Promise<ExistingRecords> {
    const ids = sql.dialect.jsonList('ids');
    const customers = sql.statement<{ id: string }>(`SELECT id FROM customers WHERE id IN ${ids}`);
    const accounts = sql.statement<{ id: string; customer_id: string }>(`SELECT id, customer_id FROM accounts WHERE id IN ${ids}`);
    const transactions = sql.statement<{ id: string }>(`SELECT id FROM transactions WHERE id IN ${ids}`);
    const receipts = sql.statement<{ id: string }>(`SELECT id FROM receipts WHERE id IN ${ids}`);
    // Compared as `ibanKey` writes them, whatever spacing or case the earlier file used.
    const ibanHolders = sql.statement<IbanHolder & { key: string }>(`SELECT id AS "accountId", customer_id AS "customerId",
      REPLACE(UPPER(iban), ' ', '') AS key FROM accounts WHERE REPLACE(UPPER(iban), ' ', '') IN ${sql.dialect.jsonList('ibans')}`);
    return async (records) => {
      const params = { ids: JSON.stringify(idsNamedIn(records)) };
      const idSet = (rows: { id: string }[]) => new Set(rows.map((row) => row.id));
      return new ExistingRecords(
        idSet(await customers.all(params)),
        new Map((await accounts.all(params)).map((row) => [row.id, row.customer_id])),
        idSet(await transactions.all(params)),
        idSet(await receipts.all(params)),
        await ibanHolders.all({ ibans: JSON.stringify(ibansNamedIn(records)) }),
      );
    };
  }
}

/** Every string an id field of these records holds (anything else is the validation's to refuse). */
function idsNamedIn(records: unknown[]): string[] {
  const ids = new Set<string>();
  for (const record of records) {
    if (typeof record !== 'object' || record === null) continue;
    for (const field of ID_FIELDS) {
      const value = (record as Record<string, unknown>)[field];
      if (typeof value === 'string') ids.add(value);
    }
  }
  return [...ids];
}

/** The IBANs these records hold, as `ibanKey` compares them. */
function ibansNamedIn(records: unknown[]): string[] {
  const ibans = new Set<string>();
  for (const record of records) {
    const iban = typeof record === 'object' && record !== null ? (record as Record<string, unknown>).iban : undefined;
    if (typeof iban === 'string') ibans.add(ibanKey(iban));
  }
  return [...ibans];
}
