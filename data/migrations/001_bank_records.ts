/** The bank's own records, as imported or seeded. Amounts in integer cents; instants in UTC ISO 8601. */
export const bankRecords = `
CREATE TABLE customers (
  id      TEXT PRIMARY KEY,
  name    TEXT NOT NULL,
  locale  TEXT NOT NULL
);

CREATE TABLE accounts (
  id             TEXT PRIMARY KEY,
  customer_id    TEXT NOT NULL REFERENCES customers(id),
  type           TEXT NOT NULL CHECK (type IN ('checking', 'savings', 'credit_card')),
  name           TEXT NOT NULL,
  iban           TEXT NOT NULL,
  currency       TEXT NOT NULL,
  balance_cents  INTEGER NOT NULL
);
CREATE INDEX accounts_by_customer ON accounts(customer_id);

CREATE TABLE transactions (
  id            TEXT PRIMARY KEY,
  account_id    TEXT NOT NULL REFERENCES accounts(id),
  booked_at     TEXT NOT NULL,
  amount_cents  INTEGER NOT NULL,
  description   TEXT NOT NULL,
  merchant      TEXT,
  category      TEXT,
  status        TEXT NOT NULL CHECK (status IN ('booked', 'pending'))
);
CREATE INDEX transactions_by_account_time ON transactions(account_id, booked_at);

CREATE TABLE receipts (
  id              TEXT PRIMARY KEY,
  transaction_id  TEXT NOT NULL REFERENCES transactions(id),
  merchant        TEXT NOT NULL,
  order_number    TEXT NOT NULL,
  payment_method  TEXT NOT NULL,
  purchased_at    TEXT NOT NULL,
  tax_cents       INTEGER NOT NULL,
  total_cents     INTEGER NOT NULL
);
CREATE INDEX receipts_by_transaction ON receipts(transaction_id);

CREATE TABLE receipt_items (
  receipt_id        TEXT NOT NULL REFERENCES receipts(id),
  position          INTEGER NOT NULL,
  name              TEXT NOT NULL,
  quantity          INTEGER NOT NULL,
  unit_price_cents  INTEGER NOT NULL,
  PRIMARY KEY (receipt_id, position)
);

CREATE TABLE deliveries (
  id                  TEXT PRIMARY KEY,
  receipt_id          TEXT NOT NULL REFERENCES receipts(id),
  carrier             TEXT NOT NULL,
  tracking_number     TEXT NOT NULL,
  status              TEXT NOT NULL CHECK (status IN
                        ('ordered', 'shipped', 'in_transit', 'out_for_delivery', 'delivered', 'delayed')),
  estimated_delivery  TEXT,
  delivered_at        TEXT
);
CREATE INDEX deliveries_by_receipt ON deliveries(receipt_id);
`;
