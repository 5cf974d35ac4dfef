/** Linking a chat to a customer. */
export const link = {
  needLink: 'First, link this chat to your bank account: ask the bank for a link code, then send "link" followed by the code.',
  linkExpired: 'Your link has expired (links last 180 days, for your security). Please ask the bank for a new code and send "link" followed by it.',
  askLinkCode: 'What is your link code? It has 8 characters.',
  linked: (name: string) => `Done, this chat is now linked. Welcome, ${name}! What would you like to check?`,
  linkInvalid: (attemptsLeft: number) =>
    `This code is not valid or has expired. ${attemptsLeft === 1 ? '1 try left' : `${attemptsLeft} tries left`} before linking is paused.`,
  linkLocked: (minutes: number) =>
    `Too many wrong codes. For your security, linking is paused for ${minutes} min. Please try again later.`,
  linkSlowed: 'Linking is paused for a moment, for everyone’s security. Please try again in a minute: your code stays valid.',
  unlinked: 'This chat is no longer linked to your bank account. Send "link" with a new code to link it again.',
  notLinked: 'This chat is not linked to any bank account.',
};
