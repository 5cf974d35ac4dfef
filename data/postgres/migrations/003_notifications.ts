/** Real-time updates: where to reach chat users, what they asked for, the events received, the outbox. */
export const notifications = `
CREATE TABLE conversation_references (
  channel_id       text NOT NULL,
  user_id          text NOT NULL,
  customer_id      text,
  language         text NOT NULL CHECK (language IN ('fr', 'en')),
  reference        text NOT NULL,
  last_message_at  timestamptz NOT NULL,
  PRIMARY KEY (channel_id, user_id)
);
CREATE INDEX conversation_references_by_customer ON conversation_references (customer_id);

CREATE TABLE notification_settings (
  channel_id    text NOT NULL,
  user_id       text NOT NULL,
  transactions  boolean NOT NULL DEFAULT false,
  deliveries    boolean NOT NULL DEFAULT false,
  updated_at    timestamptz NOT NULL,
  PRIMARY KEY (channel_id, user_id)
);

CREATE TABLE low_balance_thresholds (
  channel_id       text NOT NULL,
  user_id          text NOT NULL,
  account_id       text NOT NULL,
  threshold_cents  bigint NOT NULL,
  PRIMARY KEY (channel_id, user_id, account_id)
);

CREATE TABLE events (
  id           text PRIMARY KEY,
  type         text NOT NULL,
  received_at  timestamptz NOT NULL,
  body         text NOT NULL
);

CREATE TABLE outbox (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id         text NOT NULL REFERENCES events (id),
  channel_id       text NOT NULL,
  user_id          text NOT NULL,
  customer_id      text NOT NULL,
  payload          text NOT NULL,
  status           text NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'held')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL,
  last_error       text,
  created_at       timestamptz NOT NULL,
  sent_at          timestamptz,
  claimed_by       text,
  lease_until      timestamptz,
  UNIQUE (event_id, channel_id, user_id)
);
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX outbox_by_user ON outbox (channel_id, user_id, status);
`;
