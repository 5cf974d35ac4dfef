/** Balances. */
export const balance = {
  balancesIntro: 'Your balances:',
  balanceLine: (name: string, masked: string, amount: string) => `${name} (${masked}): ${amount}`,
  whichAccount: 'Which account?',
  noSuchAccount: "I couldn't find that account. Here are your accounts:",
};
