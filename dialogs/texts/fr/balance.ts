import type { balance as english } from '../en/balance';

/** Soldes. */
export const balance: typeof english = {
  balancesIntro: (accounts: number) => (accounts === 1 ? 'Votre solde\u00a0:' : 'Vos soldes\u00a0:'),
  balanceLine: (name: string, masked: string | null, amount: string) => (masked ? `${name} (${masked}) : ${amount}` : `${name}\u00a0: ${amount}`),
  whichAccount: 'Quel compte ?',
  noSuchAccount: (accounts: number) => `Je n’ai pas trouvé ce compte. Voici ${accounts === 1 ? 'votre compte' : 'vos comptes'}\u00a0:`,
  noJointAccount: (accounts: number) =>
    `Vous n’avez pas de compte joint. Voici ${accounts === 1 ? 'votre compte' : 'vos comptes'}\u00a0:`,
};
