/** Balances. */
export const balance = {
  balancesIntro: 'Your balances:',
  balanceLine: (name: string, masked: string | null, amount: string) => (masked ? `${name} (${masked}): ${amount}` : `${name}: ${amount}`),
  whichAccount: 'Which account?',
  noSuchAccount: "I couldn't find that account. Here are your accounts:",
};
