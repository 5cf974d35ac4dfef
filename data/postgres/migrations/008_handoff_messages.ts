/**
 * The recent messages kept for a handoff, a row each (see the SQLite migration 12). The copies left in
 * the bot state documents go, except in a document holding an escaped U+0000, which jsonb refuses: that
 * one keeps a copy nobody reads any more, erased and expired with the document.
 */
export const handoffMessages = `
CREATE TABLE handoff_messages (
  channel_id       text NOT NULL,
  user_id          text NOT NULL,
  conversation_id  text NOT NULL,
  seq              integer NOT NULL,
  role             text NOT NULL CHECK (role IN ('user', 'bot')),
  from_id          text NOT NULL,
  text             text NOT NULL,
  locale           text,
  sent_at          text,
  written_at       timestamptz NOT NULL,
  PRIMARY KEY (channel_id, user_id, conversation_id, seq)
);
CREATE INDEX handoff_messages_by_written_at ON handoff_messages (written_at);

UPDATE bot_state SET document = (document::jsonb - 'recentTranscript')::text
  WHERE strpos(document, '"recentTranscript"') > 0 AND strpos(document, '\\u0000') = 0;
`;
