/**
 * Identity rules of one import: ids are unique within the file, and a reference names a record that
 * is either earlier in the file or already in the database.
 */
import type { DatasetSection } from './dataset';
import { ibanKey, type ExistingRecords, type IbanHolder } from './existingRecords';
import type { RecordReader } from './recordReader';

type ReferencedSection = Exclude<DatasetSection, 'deliveries'>;

const SINGULAR: Record<ReferencedSection, string> = {
  customers: 'customer', accounts: 'account', transactions: 'transaction', receipts: 'receipt',
};

export class ReferenceChecks {
  private readonly idsInFile = new Map<DatasetSection, Set<string>>();
  /** Who owns each account of the file, as read so far. */
  private readonly accountOwnersInFile = new Map<string, string>();
  /** Which account of the file holds each IBAN (by `ibanKey`), and the IBAN each account of the file now has. */
  private readonly ibansInFile = new Map<string, IbanHolder>();
  private readonly ibanOfAccountInFile = new Map<string, string>();

  constructor(private readonly existing: ExistingRecords) {}

  /** Reads the record's `id`, refusing one already used by this section of the file. */
  claimId(reader: RecordReader, section: DatasetSection): string {
    const id = reader.string('id');
    const ids = this.idsIn(section);
    if (ids.has(id)) reader.fail('id', `duplicate id ${JSON.stringify(id)}`);
    ids.add(id);
    return id;
  }

  reference(reader: RecordReader, field: string, section: ReferencedSection): string {
    const id = reader.string(field);
    if (!this.idsIn(section).has(id) && !this.existsInDatabase(section, id)) {
      reader.fail(field, `unknown ${SINGULAR[section]} ${JSON.stringify(id)}`);
    }
    return id;
  }

  /** An upsert must never hand an existing account (and its history) to another customer. */
  checkAccountOwner(reader: RecordReader, accountId: string, customerId: string): void {
    const owner = this.existing.accountOwner(accountId);
    if (owner !== undefined && owner !== customerId) {
      reader.fail('customerId', `account ${JSON.stringify(accountId)} belongs to another customer`);
    }
    this.accountOwnersInFile.set(accountId, customerId);
  }

  /**
   * An IBAN is one account: never a second one, of another customer (whose statements would then show
   * as this one's) or of the same. A database account this file gives another IBAN earlier on no longer holds it.
   */
  checkIbanUnique(reader: RecordReader, accountId: string, customerId: string, iban: string | null): void {
    this.ibanOfAccountInFile.set(accountId, iban === null ? '' : ibanKey(iban));
    if (iban === null) return;
    const key = ibanKey(iban);
    const inFile = this.ibansInFile.get(key);
    const holder = inFile ?? this.existing.otherIbanHolders(key, accountId).find((other) => !this.ibanOfAccountInFile.has(other.accountId));
    if (holder !== undefined) {
      reader.fail('iban', holder.customerId === customerId ? `already belongs to account ${JSON.stringify(holder.accountId)}` : 'already belongs to another customer');
    }
    this.ibansInFile.set(key, { accountId, customerId });
  }

  /**
   * The optional other side of a movement between the customer's own accounts: it must be another
   * account of the same customer, or the totals would leave out money that really came or went.
   */
  optionalOwnAccount(reader: RecordReader, field: string, accountId: string): string | null {
    const other = reader.optionalString(field);
    if (other === null) return null;
    const owner = this.ownerOf(other);
    if (owner === undefined) reader.fail(field, `unknown account ${JSON.stringify(other)}`);
    if (other === accountId) reader.fail(field, 'names the transaction\'s own account');
    if (owner !== this.ownerOf(accountId)) reader.fail(field, `account ${JSON.stringify(other)} belongs to another customer`);
    return other;
  }

  private ownerOf(accountId: string): string | undefined {
    return this.accountOwnersInFile.get(accountId) ?? this.existing.accountOwner(accountId);
  }

  private idsIn(section: DatasetSection): Set<string> {
    let ids = this.idsInFile.get(section);
    if (!ids) this.idsInFile.set(section, (ids = new Set()));
    return ids;
  }

  private existsInDatabase(section: ReferencedSection, id: string): boolean {
    switch (section) {
      case 'customers': return this.existing.hasCustomer(id);
      case 'accounts': return this.existing.accountOwner(id) !== undefined;
      case 'transactions': return this.existing.hasTransaction(id);
      case 'receipts': return this.existing.hasReceipt(id);
    }
  }
}
