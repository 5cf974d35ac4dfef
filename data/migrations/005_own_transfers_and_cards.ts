/**
 * Money moved between a customer's own accounts, and cards without an IBAN.
 * `counterparty_account_id` names the customer's own account on the other side of a movement (a
 * transfer to savings, the settlement of their own card), which is then neither spending nor income.
 * `accounts.iban` becomes optional (a card has none) and a card may carry the last four digits of its
 * number: SQLite cannot drop a NOT NULL, so the table is rebuilt. Foreign-key checks are deferred to
 * the commit, by which time every account is back under the same ids.
 */
export const ownTransfersAndCards = `
PRAGMA defer_foreign_keys = ON;

CREATE TABLE accounts_before_005 AS SELECT * FROM accounts;
DROP TABLE accounts;
CREATE TABLE accounts (
  id             TEXT PRIMARY KEY,
  customer_id    TEXT NOT NULL REFERENCES customers(id),
  type           TEXT NOT NULL CHECK (type IN ('checking', 'savings', 'credit_card')),
  name           TEXT NOT NULL,
  iban           TEXT CHECK (iban IS NOT NULL OR type = 'credit_card'),
  card_last4     TEXT CHECK (card_last4 IS NULL OR (length(card_last4) = 4 AND card_last4 NOT GLOB '*[^0-9]*')),
  currency       TEXT NOT NULL,
  balance_cents  INTEGER NOT NULL
);
INSERT INTO accounts (id, customer_id, type, name, iban, currency, balance_cents)
  SELECT id, customer_id, type, name, iban, currency, balance_cents FROM accounts_before_005;
DROP TABLE accounts_before_005;
CREATE INDEX accounts_by_customer ON accounts(customer_id);

ALTER TABLE transactions ADD COLUMN counterparty_account_id TEXT REFERENCES accounts(id);
`;
