import type { income as english } from '../en/income';
import { deName } from '../../format/frenchDe';
import { capitalize } from '../../format/capitalize';

/** L’argent qui arrive : les revenus d’une période par payeur, et l’arrivée du salaire. */
export const income: typeof english = {
  earningsTotal: (scope: string, amount: string, count: number, details: string) =>
    `Vos revenus ${scope}\u00a0: ${amount} en ${count} versement${count > 1 ? 's' : ''}${details}.`,
  salaryTotal: (scope: string, amount: string, count: number, details: string) =>
    `Votre salaire${scope ? ` ${scope}` : ''}\u00a0: ${amount} en ${count} versement${count > 1 ? 's' : ''}${details}.`,
  payerLine: (payer: string, amount: string, count: number) => `• ${payer}\u00a0: ${amount}${count > 1 ? ` (${count} versements)` : ''}`,
  otherPayers: (count: number, amount: string) => `• ${count} ${count === 1 ? 'autre payeur' : 'autres payeurs'}\u00a0: ${amount}`,
  noEarnings: (scope: string) => `Aucun revenu ${scope}.`,
  salaryNotYet: (amount: string, from: string, day: string, relative: string) =>
    `Pas encore\u00a0: votre dernier salaire, ${amount} ${deName(from)}, est arrivé le ${day} (${relative}).`,
  salaryIn: (scope: string, amount: string, from: string, day: string) =>
    `${capitalize(scope)}\u00a0: votre salaire, ${amount} ${deName(from)}, est arrivé le ${day}.`,
  incomeArrivedOn: (amount: string, from: string, day: string, relative: string, account: string) =>
    `Le ${day} (${relative})\u00a0: ${amount} ${deName(from)}, sur ${account}.`,
  lastSalaryOn: (amount: string, from: string, day: string, relative: string) =>
    `Le ${day} (${relative})\u00a0: votre dernier salaire, ${amount} ${deName(from)}.`,
  noSalaryIn: (scope: string) => `Aucun salaire n’est arrivé ${scope}.`,
  noSalary: 'Je ne trouve aucun salaire sur vos comptes.',
  totalDetails: {
    pending: (amount: string) => `, dont ${amount} en attente`,
    ownTransfersLeftOut: ' (hors virements entre vos comptes)',
  },
};
