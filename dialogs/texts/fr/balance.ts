import type { balance as english } from '../en/balance';

/** Soldes. */
export const balance: typeof english = {
  balancesIntro: 'Vos soldes :',
  balanceLine: (name: string, masked: string, amount: string) => `${name} (${masked}) : ${amount}`,
  whichAccount: 'Quel compte ?',
  noSuchAccount: 'Je n’ai pas trouvé ce compte. Voici vos comptes :',
};
