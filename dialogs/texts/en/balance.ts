/** Balances. */
export const balance = {
  balancesIntro: (accounts: number): string => (accounts === 1 ? 'Your balance:' : 'Your balances:'),
  balanceLine: (name: string, masked: string | null, amount: string) => (masked ? `${name} (${masked}): ${amount}` : `${name}: ${amount}`),
  whichAccount: 'Which account?',
  noSuchAccount: (accounts: number) => `I couldn’t find that account. Here ${accounts === 1 ? 'is your account' : 'are your accounts'}:`,
  noJointAccount: (accounts: number) =>
    `You have no joint account. Here ${accounts === 1 ? 'is your account' : 'are your accounts'}:`,
  /** A card named by last four digits the customer holds no card with, and the cards there are. */
  noCardEnding: (digits: string, cards: string[]) => (cards.length === 0
    ? `You have no card ending in ${digits}, nor any other card with us.`
    : `You have no card ending in ${digits}. Your ${cards.length === 1 ? 'card' : 'cards'}: ${cards.join(', ')}.`),
};
