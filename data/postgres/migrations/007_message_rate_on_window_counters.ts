/** The message rate is one more scope of `limit_windows` (see the SQLite migration 11); its own table goes. */
export const messageRateOnWindowCounters = `
DROP TABLE message_rate;
`;
