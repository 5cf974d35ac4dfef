/**
 * How far each family of tables must survive, and the `synchronous` level it gets (WAL mode):
 *
 * | family | tables | loss means | level |
 * | --- | --- | --- | --- |
 * | bank events | events, outbox, transactions and deliveries they change | an event acknowledged with 202 that the bank will not send again | FULL |
 * | identity and audit | links, link_codes, link_attempts, audit_log | a customer unlinked, a data access with no trace, a lockout forgotten | FULL |
 * | bank records | customers, accounts, receipts (imported) | nothing: the import can be run again | FULL (one transaction with the events) |
 * | conversation | bot_state, the message rate's rows of limit_windows, conversation_references | a dialog step, a minute's message count, the latest message's reference (rewritten at the next message) | NORMAL |
 *
 * WAL with NORMAL survives a crash of the process (the commit is in the operating system's cache) but
 * may lose the last commits on a power loss; FULL syncs the log at every commit and loses nothing
 * acknowledged. `synchronous` is a setting of the connection, not of a table: the connection runs FULL,
 * and the conversation family lowers it around its own writes only (`SqlClient.relaxed`). The next FULL commit syncs
 * the log, and the conversation frames written before it with it: a conversation write can be lost
 * only to a power cut with no event, link or audit commit after it.
 *
 * Measured on the development disk: a FULL commit 5.9 ms (one fsync), a NORMAL one 0.04 ms. A turn
 * makes three conversation writes and at most one or two FULL ones (the audit row, a link).
 */
export const SYNCHRONOUS = 'FULL';
