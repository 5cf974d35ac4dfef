/**
 * Indexes for the two statements that still read a whole table (see `data/queryPlans.ts` and its test):
 * what the privacy dialog counts of a chat user's audit lines, and the operator's list of notifications
 * not sent yet. Both tables grow with every turn or event, so a scan would slow down forever.
 */
export const queryIndexes = `
CREATE INDEX IF NOT EXISTS audit_by_chat_user ON audit_log(channel_id, user_id);
CREATE INDEX IF NOT EXISTS outbox_unsent ON outbox(id) WHERE status <> 'sent';
`;
