import { capitalize } from '../../format/capitalize';
/** Money coming in: the income of a period by payer, and whether the salary has come in. */
export const income = {
  earningsTotal: (scope: string, amount: string, count: number, details: string) =>
    `Your income ${scope}: ${amount} in ${count} ${count === 1 ? 'payment' : 'payments'}${details}.`,
  /** The income of the salary category alone: "your salary", never "your income on salary". */
  salaryTotal: (scope: string, amount: string, count: number, details: string) =>
    `Your salary${scope ? ` ${scope}` : ''}: ${amount} in ${count} ${count === 1 ? 'payment' : 'payments'}${details}.`,
  payerLine: (payer: string, amount: string, count: number) => `• ${payer}: ${amount}${count > 1 ? ` (${count} payments)` : ''}`,
  otherPayers: (count: number, amount: string) => `• ${count} other ${count === 1 ? 'payer' : 'payers'}: ${amount}`,
  noEarnings: (scope: string) => `No income ${scope}.`,
  salaryNotYet: (amount: string, from: string, day: string, relative: string) =>
    `Not yet: your last salary, ${amount} from ${from}, came in on ${day} (${relative}).`,
  salaryIn: (scope: string, amount: string, from: string, day: string) => `${capitalize(scope)}: your salary, ${amount} from ${from}, came in on ${day}.`,
  /** The same, for a question of when: the date first. */
  incomeArrivedOn: (amount: string, from: string, day: string, relative: string, account: string) =>
    `On ${day} (${relative}): ${amount} from ${from}, on ${account}.`,
  lastSalaryOn: (amount: string, from: string, day: string, relative: string) => `On ${day} (${relative}): your last salary, ${amount} from ${from}.`,
  noSalaryIn: (scope: string) => `No salary came in ${scope}.`,
  noSalary: "I can’t find any salary on your accounts.",
  totalDetails: {
    pending: (amount: string) => `, of which ${amount} pending`,
    ownTransfersLeftOut: ' (excluding transfers between your accounts)',
  },
};
