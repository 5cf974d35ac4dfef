/** Questions with options or an amount: how to answer them, and what happens when nobody does. */
export const questions = {
  question: {
    retryChoice: (count: number) => `I didn’t catch which one. Reply with its number (1 to ${count}), tap it below, or type "cancel".`,
    retryAmount: 'Please give an amount, for example "100", or type "cancel".',
    retryYesNo: 'Please answer "yes" or "no", or type "cancel".',
    dropped: "Let’s leave that question aside. What would you like to check?",
  },
};
