/** What the assistant itself keeps about chat users: links, link codes, attempts, audit, bot state. */
export const chatIdentity = `
CREATE TABLE link_codes (
  code_hash    TEXT PRIMARY KEY,
  customer_id  TEXT NOT NULL REFERENCES customers(id),
  created_at   TEXT NOT NULL,
  expires_at   TEXT NOT NULL,
  used_at      TEXT
);

CREATE TABLE links (
  channel_id   TEXT NOT NULL,
  user_id      TEXT NOT NULL,
  customer_id  TEXT NOT NULL REFERENCES customers(id),
  linked_at    TEXT NOT NULL,
  expires_at   TEXT NOT NULL,
  PRIMARY KEY (channel_id, user_id)
);
CREATE INDEX links_by_customer ON links(customer_id);

CREATE TABLE link_attempts (
  channel_id    TEXT NOT NULL,
  user_id       TEXT NOT NULL,
  failures      INTEGER NOT NULL DEFAULT 0,
  locked_until  TEXT,
  PRIMARY KEY (channel_id, user_id)
);

CREATE TABLE audit_log (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  at           TEXT NOT NULL,
  channel_id   TEXT NOT NULL,
  user_id      TEXT NOT NULL,
  customer_id  TEXT NOT NULL,
  intent       TEXT NOT NULL,
  account_ids  TEXT NOT NULL
);
CREATE INDEX audit_by_customer ON audit_log(customer_id, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE bot_state (
  key       TEXT PRIMARY KEY,
  etag      TEXT NOT NULL,
  document  TEXT NOT NULL
);
`;
