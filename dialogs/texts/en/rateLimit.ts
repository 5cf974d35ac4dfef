/** Answered once when someone sends too many messages in a minute. */
export const rateLimit = {
  tooManyMessages: "You’re sending messages faster than I can answer. Please wait a minute, then ask again.",
};
