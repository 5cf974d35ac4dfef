/**
 * The recent messages kept for a handoff get a table of their own: in the bot state they made botbuilder
 * hash and rewrite the chat user's whole state document every turn. A row per message, the last 30 of each
 * chat user's conversation (`HandoffTranscriptStore`); `written_at` is what an unlinked chat user's
 * rows expire by. The copies left in the bot state documents (`recentTranscript`) go: a handoff right
 * after the upgrade carries the messages from then on.
 */
export const handoffMessages = `
CREATE TABLE handoff_messages (
  channel_id       TEXT NOT NULL,
  user_id          TEXT NOT NULL,
  conversation_id  TEXT NOT NULL,
  seq              INTEGER NOT NULL,
  role             TEXT NOT NULL CHECK (role IN ('user', 'bot')),
  from_id          TEXT NOT NULL,
  text             TEXT NOT NULL,
  locale           TEXT,
  sent_at          TEXT,
  written_at       TEXT NOT NULL,
  PRIMARY KEY (channel_id, user_id, conversation_id, seq)
) WITHOUT ROWID;
CREATE INDEX handoff_messages_by_written_at ON handoff_messages (written_at);

UPDATE bot_state SET document = json_remove(document, '$.recentTranscript')
  WHERE CASE WHEN json_valid(document) THEN json_type(document, '$.recentTranscript') IS NOT NULL ELSE 0 END;
`;
