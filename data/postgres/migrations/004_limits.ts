/** Counters per chat user and per scope (every chat user together, one request source), per window. */
export const limits = `
CREATE TABLE message_rate (
  channel_id    text NOT NULL,
  user_id       text NOT NULL,
  window_start  timestamptz NOT NULL,
  count         integer NOT NULL,
  PRIMARY KEY (channel_id, user_id)
);

CREATE TABLE limit_windows (
  scope         text NOT NULL,
  key           text NOT NULL,
  window_start  timestamptz NOT NULL,
  count         integer NOT NULL,
  PRIMARY KEY (scope, key)
);
`;
