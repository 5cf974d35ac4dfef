import { capitalize } from '../../format/capitalize';

/** The mean spending per month over complete months. */
export const average = {
  /** `months`: "from December 2025 to October 2026" or "in October 2026"; `scope`: the shop, category or account, if any. */
  averageSpent: (scope: string, months: string, monthCount: number, average: string, total: string, count: number, details: string) =>
    `${capitalize([scope, months].filter(Boolean).join(', '))} (${monthCount} complete ${monthCount === 1 ? 'month' : 'months'}): `
    + `${average} spent a month on average, rounded to the cent (${total} in ${count} ${count === 1 ? 'payment' : 'payments'}${details}).`,
  nothingSpentOnAverage: (scope: string, months: string, monthCount: number) =>
    `Nothing spent ${[scope, months].filter(Boolean).join(', ')} (${monthCount} complete ${monthCount === 1 ? 'month' : 'months'}): €0.00 a month on average.`,
  /** The mean income per month, over the same complete months as a mean of spending. */
  averageEarned: (scope: string, months: string, monthCount: number, average: string, total: string, count: number, details: string) =>
    `Your income ${[scope, months].filter(Boolean).join(', ')} (${monthCount} complete ${monthCount === 1 ? 'month' : 'months'}): `
    + `${average} a month on average, rounded to the cent (${total} in ${count} ${count === 1 ? 'payment' : 'payments'}${details}).`,
  nothingEarnedOnAverage: (scope: string, months: string, monthCount: number) =>
    `No income ${[scope, months].filter(Boolean).join(', ')} (${monthCount} complete ${monthCount === 1 ? 'month' : 'months'}).`,
  monthsFromTo: (first: string, last: string) => (first === last ? `in ${first}` : `from ${first} to ${last}`),
  noCompleteMonth: 'I work out a monthly average over whole months, and your records hold no month that is over yet.',
  noCompleteMonthInPeriod: (period: string) => `I work out a monthly average over whole months, and no month is over ${period}.`,
  averageOwnTransfersLeftOut: ', excluding transfers between your accounts',
  /** `weeks`: "from Monday 1 December 2025 to Sunday 22 November 2026"; whole weeks, Monday to Sunday. */
  weeklyAverageSpent: (scope: string, weeks: string, weekCount: number, average: string, total: string, count: number, details: string) =>
    `${capitalize([scope, weeks].filter(Boolean).join(', '))} (${weekCount} complete ${weekCount === 1 ? 'week' : 'weeks'}, Monday to Sunday): `
    + `${average} spent a week on average, rounded to the cent (${total} in ${count} ${count === 1 ? 'payment' : 'payments'}${details}).`,
  nothingSpentWeekly: (scope: string, weeks: string, weekCount: number) =>
    `Nothing spent ${[scope, weeks].filter(Boolean).join(', ')} (${weekCount} complete ${weekCount === 1 ? 'week' : 'weeks'}): €0.00 a week on average.`,
  weeklyAverageEarned: (scope: string, weeks: string, weekCount: number, average: string, total: string, count: number, details: string) =>
    `Your income ${[scope, weeks].filter(Boolean).join(', ')} (${weekCount} complete ${weekCount === 1 ? 'week' : 'weeks'}, Monday to Sunday): `
    + `${average} a week on average, rounded to the cent (${total} in ${count} ${count === 1 ? 'payment' : 'payments'}${details}).`,
  nothingEarnedWeekly: (scope: string, weeks: string, weekCount: number) =>
    `No income ${[scope, weeks].filter(Boolean).join(', ')} (${weekCount} complete ${weekCount === 1 ? 'week' : 'weeks'}).`,
  weeksFromTo: (first: string, last: string) => `from ${first} to ${last}`,
  noCompleteWeek: 'I work out a weekly average over whole weeks, Monday to Sunday, and your records hold no week that is over yet.',
  noCompleteWeekInPeriod: (period: string) => `I work out a weekly average over whole weeks, Monday to Sunday, and no week is over ${period}.`,
  /** A mean per day or per year is not worked out: said before the monthly one given instead. */
  averagePerNotGiven: (per: 'day' | 'year') => `I work out averages per month or per week, not per ${per}. Here is the monthly one.`,
};
