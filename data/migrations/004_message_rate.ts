/** Messages counted per chat user and minute, so that a flood is answered once and then ignored. */
export const messageRate = `
CREATE TABLE message_rate (
  channel_id    TEXT NOT NULL,
  user_id       TEXT NOT NULL,
  window_start  TEXT NOT NULL,
  count         INTEGER NOT NULL,
  PRIMARY KEY (channel_id, user_id)
);
`;
