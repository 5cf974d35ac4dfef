import type { dates as english } from '../en/dates';

/** Jours relatifs à aujourd’hui. */
export const dates: typeof english = {
  relativeDay: {
    today: 'aujourd’hui',
    tomorrow: 'demain',
    yesterday: 'hier',
    inDays: (n: number) => `dans ${n} jours`,
    daysAgo: (n: number) => `il y a ${n} jours`,
  },
};
