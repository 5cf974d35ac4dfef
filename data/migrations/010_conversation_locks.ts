/**
 * Several processes on one SQLite file: a lease per conversation whose turn is under way, so that two
 * processes never run turns of one conversation at once (PostgreSQL uses advisory locks instead).
 */
export const conversationLocks = `
CREATE TABLE conversation_locks (
  key          TEXT PRIMARY KEY,
  owner        TEXT NOT NULL,
  lease_until  TEXT NOT NULL
);
`;
