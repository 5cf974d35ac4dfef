/**
 * The bank's own records, as imported or seeded, and the unusual-payment setting: everything the
 * SQLite schema holds now lives in PostgreSQL too. Money bigint cents, instants timestamptz, calendar
 * dates `date`. `nocase` is SQLite's NOCASE for the stores' shared queries (`= @merchant COLLATE
 * NOCASE`): an ICU collation that ignores case, which PostgreSQL builds have had since version 12.
 */
export const bankRecords = `
CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

CREATE TABLE customers (
  id      text PRIMARY KEY,
  name    text NOT NULL,
  locale  text NOT NULL
);

CREATE TABLE accounts (
  id             text PRIMARY KEY,
  customer_id    text NOT NULL REFERENCES customers (id),
  type           text NOT NULL CHECK (type IN ('checking', 'savings', 'credit_card')),
  name           text NOT NULL,
  iban           text CHECK (iban IS NOT NULL OR type = 'credit_card'),
  card_last4     text CHECK (card_last4 IS NULL OR card_last4 ~ '^[0-9]{4}$'),
  currency       text NOT NULL,
  balance_cents  bigint NOT NULL
);
CREATE INDEX accounts_by_customer ON accounts (customer_id);

CREATE TABLE transactions (
  id                       text PRIMARY KEY,
  account_id               text NOT NULL REFERENCES accounts (id),
  booked_at                timestamptz NOT NULL,
  amount_cents             bigint NOT NULL,
  description              text NOT NULL,
  merchant                 text,
  category                 text,
  status                   text NOT NULL CHECK (status IN ('booked', 'pending')),
  counterparty_account_id  text REFERENCES accounts (id)
);
CREATE INDEX transactions_by_account_time ON transactions (account_id, booked_at);

CREATE TABLE receipts (
  id              text PRIMARY KEY,
  transaction_id  text NOT NULL REFERENCES transactions (id),
  merchant        text NOT NULL,
  order_number    text NOT NULL,
  payment_method  text NOT NULL,
  purchased_at    timestamptz NOT NULL,
  tax_cents       bigint NOT NULL,
  total_cents     bigint NOT NULL
);
CREATE INDEX receipts_by_transaction ON receipts (transaction_id);

CREATE TABLE receipt_items (
  receipt_id        text NOT NULL REFERENCES receipts (id),
  position          integer NOT NULL,
  name              text NOT NULL,
  quantity          integer NOT NULL,
  unit_price_cents  bigint NOT NULL,
  PRIMARY KEY (receipt_id, position)
);

CREATE TABLE deliveries (
  id                  text PRIMARY KEY,
  receipt_id          text NOT NULL REFERENCES receipts (id),
  carrier             text NOT NULL,
  tracking_number     text NOT NULL,
  status              text NOT NULL CHECK (status IN
                        ('ordered', 'shipped', 'in_transit', 'out_for_delivery', 'delivered', 'delayed')),
  estimated_delivery  date,
  delivered_at        timestamptz
);
CREATE INDEX deliveries_by_receipt ON deliveries (receipt_id);

ALTER TABLE notification_settings ADD COLUMN unusual boolean NOT NULL DEFAULT false;
CREATE INDEX audit_by_chat_user ON audit_log (channel_id, user_id);
CREATE INDEX outbox_unsent ON outbox (id) WHERE status <> 'sent';
`;
