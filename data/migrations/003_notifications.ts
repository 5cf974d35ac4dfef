/**
 * Real-time updates: where to reach each chat user, what they asked to be told, the bank's events as
 * received, and the outbox of notifications those events cause (written in the event's transaction).
 */
export const notifications = `
CREATE TABLE conversation_references (
  channel_id       TEXT NOT NULL,
  user_id          TEXT NOT NULL,
  customer_id      TEXT REFERENCES customers(id),
  language         TEXT NOT NULL CHECK (language IN ('fr', 'en')),
  reference        TEXT NOT NULL,
  last_message_at  TEXT NOT NULL,
  PRIMARY KEY (channel_id, user_id)
);
CREATE INDEX conversation_references_by_customer ON conversation_references(customer_id);

CREATE TABLE notification_settings (
  channel_id    TEXT NOT NULL,
  user_id       TEXT NOT NULL,
  transactions  INTEGER NOT NULL DEFAULT 0 CHECK (transactions IN (0, 1)),
  deliveries    INTEGER NOT NULL DEFAULT 0 CHECK (deliveries IN (0, 1)),
  updated_at    TEXT NOT NULL,
  PRIMARY KEY (channel_id, user_id)
);

CREATE TABLE low_balance_thresholds (
  channel_id       TEXT NOT NULL,
  user_id          TEXT NOT NULL,
  account_id       TEXT NOT NULL REFERENCES accounts(id),
  threshold_cents  INTEGER NOT NULL,
  PRIMARY KEY (channel_id, user_id, account_id)
);

CREATE TABLE events (
  id           TEXT PRIMARY KEY,
  type         TEXT NOT NULL,
  received_at  TEXT NOT NULL,
  body         TEXT NOT NULL
);

CREATE TABLE outbox (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id         TEXT NOT NULL REFERENCES events(id),
  channel_id       TEXT NOT NULL,
  user_id          TEXT NOT NULL,
  customer_id      TEXT NOT NULL,
  payload          TEXT NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'held')),
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  TEXT NOT NULL,
  last_error       TEXT,
  created_at       TEXT NOT NULL,
  sent_at          TEXT,
  UNIQUE (event_id, channel_id, user_id)
);
CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
CREATE INDEX outbox_by_user ON outbox(channel_id, user_id, status);
`;
