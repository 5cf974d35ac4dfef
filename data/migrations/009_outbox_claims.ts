/**
 * Several dispatchers over one database: a dispatcher claims the rows it is about to send (who, and
 * until when), so that no other sends them too; a claim whose process died lapses at `lease_until`.
 */
export const outboxClaims = `
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN lease_until TEXT;
`;
