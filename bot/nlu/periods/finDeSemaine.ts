import { rule, type PeriodRule } from './rule';

/**
 * "La fin de semaine", Québec's weekend: "la fin de semaine passée" is last Saturday and Sunday, not last
 * week (which "semaine passée" alone would read). In France "en fin de semaine" can also mean Thursday and
 * Friday, but a question about money spent "la fin de semaine dernière" asks about the weekend there too, so
 * both read the weekend; the reply states the two days taken.
 */
const LAST = '(?:derniere|passee|precedente)';
const BEFORE = '(?:(?:la|de la|durant la|pendant la|sur la|cette|en|ma) )';

export const FIN_DE_SEMAINE_RULES: readonly PeriodRule[] = [
  rule(`${BEFORE}?fin de semaine ${LAST}|(?:la |de la )?derniere fin de semaine`, (_, c) => c.weekend(1)),
  // "en fin de semaine prochaine" is to come: no period of the past.
  rule(`${BEFORE}?fin de semaine(?! (?:prochaine|suivante|${LAST}))`, (_, c) => c.recentWeekend()),
];
