import type { average as english } from '../en/average';
import { capitalize } from '../../format/capitalize';

/** La moyenne des dépenses par mois, sur des mois complets. */
export const average: typeof english = {
  averageSpent: (scope: string, months: string, monthCount: number, average: string, total: string, count: number, details: string) =>
    `${capitalize([scope, months].filter(Boolean).join(', '))} (${monthCount}\u00a0mois complet${monthCount > 1 ? 's' : ''})\u00a0: `
    + `${average} dépensés en moyenne par mois, arrondi au centime (${total} en ${count} paiement${count > 1 ? 's' : ''}${details}).`,
  nothingSpentOnAverage: (scope: string, months: string, monthCount: number) =>
    `Aucune dépense ${[scope, months].filter(Boolean).join(', ')} (${monthCount}\u00a0mois complet${monthCount > 1 ? 's' : ''})\u00a0: 0,00\u00a0€ par mois en moyenne.`,
  averageEarned: (scope: string, months: string, monthCount: number, average: string, total: string, count: number, details: string) =>
    `Vos revenus ${[scope, months].filter(Boolean).join(', ')} (${monthCount}\u00a0mois complet${monthCount > 1 ? 's' : ''})\u00a0: `
    + `${average} par mois en moyenne, arrondi au centime (${total} en ${count} versement${count > 1 ? 's' : ''}${details}).`,
  nothingEarnedOnAverage: (scope: string, months: string, monthCount: number) =>
    `Aucun revenu ${[scope, months].filter(Boolean).join(', ')} (${monthCount}\u00a0mois complet${monthCount > 1 ? 's' : ''}).`,
  monthsFromTo: (first: string, last: string) => (first === last ? `en ${first}` : `de ${first} à ${last}`),
  noCompleteMonth: 'Je calcule la moyenne par mois sur des mois entiers, et vos opérations n’en comptent encore aucun de terminé.',
  noCompleteMonthInPeriod: (period: string) => `Je calcule la moyenne par mois sur des mois entiers, et aucun mois n’est terminé ${period}.`,
  averageOwnTransfersLeftOut: ', hors virements entre vos comptes',
  weeklyAverageSpent: (scope: string, weeks: string, weekCount: number, average: string, total: string, count: number, details: string) =>
    `${capitalize([scope, weeks].filter(Boolean).join(', '))} (${weekCount}\u00a0semaine${weekCount > 1 ? 's' : ''} complète${weekCount > 1 ? 's' : ''}, du lundi au dimanche)\u00a0: `
    + `${average} dépensés en moyenne par semaine, arrondi au centime (${total} en ${count} paiement${count > 1 ? 's' : ''}${details}).`,
  nothingSpentWeekly: (scope: string, weeks: string, weekCount: number) =>
    `Aucune dépense ${[scope, weeks].filter(Boolean).join(', ')} (${weekCount}\u00a0semaine${weekCount > 1 ? 's' : ''} complète${weekCount > 1 ? 's' : ''})\u00a0: 0,00\u00a0€ par semaine en moyenne.`,
  weeklyAverageEarned: (scope: string, weeks: string, weekCount: number, average: string, total: string, count: number, details: string) =>
    `Vos revenus ${[scope, weeks].filter(Boolean).join(', ')} (${weekCount}\u00a0semaine${weekCount > 1 ? 's' : ''} complète${weekCount > 1 ? 's' : ''}, du lundi au dimanche)\u00a0: `
    + `${average} par semaine en moyenne, arrondi au centime (${total} en ${count} versement${count > 1 ? 's' : ''}${details}).`,
  nothingEarnedWeekly: (scope: string, weeks: string, weekCount: number) =>
    `Aucun revenu ${[scope, weeks].filter(Boolean).join(', ')} (${weekCount}\u00a0semaine${weekCount > 1 ? 's' : ''} complète${weekCount > 1 ? 's' : ''}).`,
  weeksFromTo: (first: string, last: string) => `du ${first} au ${last}`,
  noCompleteWeek: 'Je calcule la moyenne par semaine sur des semaines entières, du lundi au dimanche, et vos opérations n’en comptent encore aucune de terminée.',
  noCompleteWeekInPeriod: (period: string) => `Je calcule la moyenne par semaine sur des semaines entières, du lundi au dimanche, et aucune n’est terminée ${period}.`,
  averagePerNotGiven: (per: 'day' | 'year') => `Je calcule la moyenne par mois ou par semaine, pas par ${per === 'day' ? 'jour' : 'an'}. Voici celle par mois.`,
};
