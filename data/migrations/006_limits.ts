/**
 * Limits an attacker cannot reset by changing who they say they are: counters per scope (every chat
 * user together, one request source) and window; and the time each state row was last written, so that
 * what chat users who never linked leave behind can expire.
 */
export const limits = `
CREATE TABLE limit_windows (
  scope         TEXT NOT NULL,
  key           TEXT NOT NULL,
  window_start  TEXT NOT NULL,
  count         INTEGER NOT NULL,
  PRIMARY KEY (scope, key)
);

ALTER TABLE bot_state ADD COLUMN updated_at TEXT;
UPDATE bot_state SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
ALTER TABLE link_attempts ADD COLUMN updated_at TEXT;
UPDATE link_attempts SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
`;
