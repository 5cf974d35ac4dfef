/**
 * The message rate is one more scope of the window counters (`limit_windows`, scope `messages`); its
 * own table goes. A count in flight restarts from zero: it only ever covers one minute.
 */
export const messageRateOnWindowCounters = `
DROP TABLE message_rate;
`;
