/** Balances. */
export const balance = {
  balancesIntro: (accounts: number): string => (accounts === 1 ? 'Your balance:' : 'Your balances:'),
  balanceLine: (name: string, masked: string | null, amount: string) => (masked ? `${name} (${masked}): ${amount}` : `${name}: ${amount}`),
  whichAccount: 'Which account?',
  noSuchAccount: (accounts: number) => `I couldn’t find that account. Here ${accounts === 1 ? 'is your account' : 'are your accounts'}:`,
  noJointAccount: (accounts: number) =>
    `You have no joint account. Here ${accounts === 1 ? 'is your account' : 'are your accounts'}:`,
};
