import type { balance as english } from '../en/balance';

/** Soldes. */
export const balance: typeof english = {
  balancesIntro: 'Vos soldes :',
  balanceLine: (name: string, masked: string | null, amount: string) => (masked ? `${name} (${masked}) : ${amount}` : `${name}\u00a0: ${amount}`),
  whichAccount: 'Quel compte ?',
  noSuchAccount: 'Je n’ai pas trouvé ce compte. Voici vos comptes :',
};
