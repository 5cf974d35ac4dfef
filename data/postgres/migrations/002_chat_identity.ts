/**
 * What the assistant keeps about chat users: links, one-time codes, wrong attempts, the audit log.
 * Customer ids are not foreign keys yet: the bank's records are still SQLite-only (issue #14).
 */
export const chatIdentity = `
CREATE TABLE link_codes (
  code_hash    text PRIMARY KEY,
  customer_id  text NOT NULL,
  created_at   timestamptz NOT NULL,
  expires_at   timestamptz NOT NULL,
  used_at      timestamptz
);

CREATE TABLE links (
  channel_id   text NOT NULL,
  user_id      text NOT NULL,
  customer_id  text NOT NULL,
  linked_at    timestamptz NOT NULL,
  expires_at   timestamptz NOT NULL,
  PRIMARY KEY (channel_id, user_id)
);
CREATE INDEX links_by_customer ON links (customer_id);

CREATE TABLE link_attempts (
  channel_id    text NOT NULL,
  user_id       text NOT NULL,
  failures      integer NOT NULL DEFAULT 0,
  locked_until  timestamptz,
  updated_at    timestamptz NOT NULL,
  PRIMARY KEY (channel_id, user_id)
);

CREATE TABLE audit_log (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at           timestamptz NOT NULL,
  channel_id   text NOT NULL,
  user_id      text NOT NULL,
  customer_id  text NOT NULL,
  intent       text NOT NULL,
  account_ids  text NOT NULL
);
CREATE INDEX audit_by_customer ON audit_log (customer_id, at);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
`;
