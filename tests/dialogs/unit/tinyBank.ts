/**
 * The unit layer's bank: a handful of rows, every figure checkable by hand. "Now" is Sunday 29 November
 * 2026, 10:00 in Paris (`NOW`).
 *
 * Camille (c1, fr-FR): Compte courant 3 000,00 €, Livret A 5 000,00 €, LDD 800,00 € (two savings
 * accounts: "mon épargne" needs a choice). Her Compte courant's booked balance moved after the end of
 * 1 November by -15,99 (Spotify, 8 Nov) -45,00 (Fnac, 12 Nov) -30,00 (Carrefour, 20 Nov) +2 100,00
 * (ACME, 27 Nov) = +2 009,01, so it stood at 990,99 € at the end of 1 November (the Uber ride of 28 Nov,
 * -8,40, is pending: not in the booked balance).
 * November's money out so far: 15,99 + 45,00 + 30,00 + 8,40 = 99,39 € in 4 payments, 8,40 € pending.
 * Spotify is paid on the 8th of September, October and November: one monthly subscription of 15,99 €,
 * next on 8 December. The Fnac order (FN-1001) is on its way, due Wednesday 2 December; the Carrefour
 * one (CA-77) came on 21 November.
 *
 * James (c2, en-GB): Current account 200,00 €; Tesco -60,00 on 5 November (order TS-77, delayed, due
 * 1 December), salary 1 800,00 from Globex on 2 November.
 */
import type { Dataset } from '../../../data/import/dataset';
import { importDataset } from '../../../data/import/importer';
import { openDatabase, type Db } from '../../../data/database';
import { AccountStore } from '../../../data/accountStore';
import { AuditLog } from '../../../data/auditLog';
import { DeliveryStore } from '../../../data/deliveryStore';
import { NotificationSettingsStore } from '../../../data/notificationSettingsStore';
import { ReceiptStore } from '../../../data/receiptStore';
import { TransactionStore } from '../../../data/transactionStore';

export const NOW = new Date('2026-11-29T10:00:00+01:00');
export const TIME_ZONE = 'Europe/Paris';

type Tx = NonNullable<Dataset['transactions']>[number];

function tx(id: string, accountId: string, bookedAt: string, amount: string, merchant: string | null, category: string, status: Tx['status'] = 'booked'): Tx {
  return { id, accountId, bookedAt, amount, description: (merchant ?? category).toUpperCase(), merchant, category, status };
}

export function tinyBank(): Dataset {
  return {
    customers: [
      { id: 'c1', name: 'Camille Martin', locale: 'fr-FR' },
      { id: 'c2', name: 'James Wilson', locale: 'en-GB' },
    ],
    accounts: [
      { id: 'a1', customerId: 'c1', type: 'checking', name: 'Compte courant', iban: 'FR7630004000031234567890143', currency: 'EUR', balance: '3000.00' },
      { id: 'a2', customerId: 'c1', type: 'savings', name: 'Livret A', iban: 'FR7630004000039876543210987', currency: 'EUR', balance: '5000.00' },
      { id: 'a3', customerId: 'c1', type: 'savings', name: 'LDD', iban: 'FR7630004000035555555555512', currency: 'EUR', balance: '800.00' },
      { id: 'b1', customerId: 'c2', type: 'checking', name: 'Current account', iban: 'GB29NWBK60161331926819', currency: 'EUR', balance: '200.00' },
    ],
    transactions: [
      tx('t1', 'a1', '2026-09-08T08:00:00+02:00', '-15.99', 'Spotify', 'subscriptions'),
      tx('t2', 'a1', '2026-10-08T08:00:00+02:00', '-15.99', 'Spotify', 'subscriptions'),
      tx('t3', 'a1', '2026-11-08T08:00:00+01:00', '-15.99', 'Spotify', 'subscriptions'),
      tx('t4', 'a1', '2026-11-12T12:00:00+01:00', '-45.00', 'Fnac', 'shopping'),
      tx('t5', 'a1', '2026-11-20T12:00:00+01:00', '-30.00', 'Carrefour', 'groceries'),
      tx('t6', 'a1', '2026-11-27T08:00:00+01:00', '2100.00', 'ACME', 'salary'),
      tx('t7', 'a1', '2026-11-28T09:00:00+01:00', '-8.40', 'Uber', 'transport', 'pending'),
      tx('u1', 'b1', '2026-11-05T10:00:00+01:00', '-60.00', 'Tesco', 'groceries'),
      tx('u2', 'b1', '2026-11-02T09:00:00+01:00', '1800.00', 'Globex', 'salary'),
    ],
    receipts: [
      { id: 'r1', transactionId: 't4', merchant: 'Fnac', orderNumber: 'FN-1001', paymentMethod: 'Visa ****4242', purchasedAt: '2026-11-12T12:00:00+01:00',
        items: [{ name: 'Casque', quantity: 1, unitPrice: '45.00' }], tax: '7.50', total: '45.00' },
      { id: 'r2', transactionId: 't5', merchant: 'Carrefour', orderNumber: 'CA-77', paymentMethod: 'Visa ****4242', purchasedAt: '2026-11-20T12:00:00+01:00',
        items: [{ name: 'Café', quantity: 2, unitPrice: '15.00' }], tax: '1.56', total: '30.00' },
      { id: 's1', transactionId: 'u1', merchant: 'Tesco', orderNumber: 'TS-77', paymentMethod: 'Visa ****1881', purchasedAt: '2026-11-05T10:00:00+01:00',
        items: [{ name: 'Tea', quantity: 2, unitPrice: '30.00' }], tax: '10.00', total: '60.00' },
    ],
    deliveries: [
      { id: 'd1', receiptId: 'r1', carrier: 'Colissimo', trackingNumber: '6A123', status: 'in_transit', estimatedDelivery: '2026-12-02', deliveredAt: null },
      { id: 'd2', receiptId: 'r2', carrier: 'Chronopost', trackingNumber: 'XY1', status: 'delivered', estimatedDelivery: '2026-11-21', deliveredAt: '2026-11-21T11:00:00+01:00' },
      { id: 'e1', receiptId: 's1', carrier: 'Royal Mail', trackingNumber: 'RM1', status: 'delayed', estimatedDelivery: '2026-12-01' },
    ],
  };
}

/** A fresh `:memory:` database holding the tiny bank and nothing else. */
export function tinyBankDb(): Db {
  const db = openDatabase(':memory:');
  importDataset(db, tinyBank());
  return db;
}

/** The stores dialogs read, on a database holding the tiny bank. */
export function tinyBankStores(db: Db = tinyBankDb()) {
  return {
    accounts: new AccountStore(db),
    transactions: new TransactionStore(db, { timeZone: TIME_ZONE }),
    receipts: new ReceiptStore(db, { timeZone: TIME_ZONE }),
    deliveries: new DeliveryStore(db, { timeZone: TIME_ZONE }),
    audit: new AuditLog(db),
    notificationSettings: new NotificationSettingsStore(db),
    timeZone: TIME_ZONE,
  };
}
