/** One reader per record kind: fields in file order, so the first bad field is the one reported. */
import { ACCOUNT_TYPES, DELIVERY_STATUSES, TRANSACTION_STATUSES } from '../types';
import type { Account, Customer, Transaction } from '../types';
import type { DeliveryRow, ReceiptRow } from './dataset';
import { RecordReader, describe, isPlainObject } from './recordReader';
import type { ReferenceChecks } from './references';

export function readCustomer(reader: RecordReader, refs: ReferenceChecks): Customer {
  return {
    id: refs.claimId(reader, 'customers'),
    name: reader.string('name'),
    locale: reader.string('locale'),
  };
}

export function readAccount(reader: RecordReader, refs: ReferenceChecks): Account {
  const id = refs.claimId(reader, 'accounts');
  const customerId = refs.reference(reader, 'customerId', 'customers');
  refs.checkAccountOwner(reader, id, customerId);
  const type = reader.oneOf('type', ACCOUNT_TYPES);
  const isCard = type === 'credit_card';
  const name = reader.string('name');
  // A card is known by its number, not an IBAN: only checking and savings accounts must have one.
  const iban = isCard ? reader.optionalString('iban') : reader.string('iban');
  refs.checkIbanUnique(reader, id, customerId, iban);
  return {
    id,
    customerId,
    type,
    name,
    iban,
    // Not unique: four digits are shared by many cards, here as at any bank.
    cardLast4: isCard ? reader.optionalLastFour('cardLast4') : reader.absent('cardLast4', 'only a credit_card account has one'),
    currency: reader.currency('currency'),
    balanceCents: reader.cents('balance'),
  };
}

export function readTransaction(reader: RecordReader, refs: ReferenceChecks): Transaction {
  const id = refs.claimId(reader, 'transactions');
  const accountId = refs.reference(reader, 'accountId', 'accounts');
  return {
    id,
    accountId,
    bookedAt: reader.instant('bookedAt'),
    amountCents: reader.cents('amount'),
    description: reader.string('description'),
    merchant: reader.optionalString('merchant'),
    category: reader.optionalString('category'),
    status: reader.oneOf('status', TRANSACTION_STATUSES),
    counterpartyAccountId: refs.optionalOwnAccount(reader, 'counterpartyAccountId', accountId),
  };
}

export function readReceipt(reader: RecordReader, refs: ReferenceChecks): ReceiptRow {
  return {
    id: refs.claimId(reader, 'receipts'),
    transactionId: refs.reference(reader, 'transactionId', 'transactions'),
    merchant: reader.string('merchant'),
    orderNumber: reader.string('orderNumber'),
    paymentMethod: reader.string('paymentMethod'),
    purchasedAt: reader.instant('purchasedAt'),
    items: reader.array('items').map((item, index) => {
      const itemPath = `${reader.path}.items[${index}]`;
      if (!isPlainObject(item)) reader.fail(`items[${index}]`, `${describe(item)} is not an object`);
      const itemReader = new RecordReader(itemPath, item);
      return {
        name: itemReader.string('name'),
        quantity: itemReader.positiveInteger('quantity'),
        unitPriceCents: itemReader.cents('unitPrice'),
      };
    }),
    taxCents: reader.cents('tax'),
    totalCents: reader.cents('total'),
  };
}

export function readDelivery(reader: RecordReader, refs: ReferenceChecks): DeliveryRow {
  return {
    id: refs.claimId(reader, 'deliveries'),
    receiptId: refs.reference(reader, 'receiptId', 'receipts'),
    carrier: reader.string('carrier'),
    trackingNumber: reader.string('trackingNumber'),
    status: reader.oneOf('status', DELIVERY_STATUSES),
    estimatedDelivery: reader.optionalDate('estimatedDelivery'),
    deliveredAt: reader.optionalInstant('deliveredAt'),
  };
}
