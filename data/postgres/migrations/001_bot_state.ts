/** botbuilder's conversation and user state: one JSON document per key, with its eTag. */
export const botState = `
CREATE TABLE bot_state (
  key         text PRIMARY KEY,
  etag        text NOT NULL,
  -- text, not jsonb: a document keeps whatever the user typed, including characters jsonb refuses
  document    text NOT NULL,
  updated_at  timestamptz NOT NULL
);
`;
