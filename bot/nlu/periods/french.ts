import type { Calendar, DayRange } from './calendar';
import { FRENCH_MONTHS, FRENCH_WEEKDAYS, alternation } from './names';
import { christmas, christmasHolidays, latestHoliday, toussaintHolidays } from './holidays';
import { COUNT, dayToDayRange, daysAgo, lastDayOf, lastUnits, positiveCount, rule, sinceDate, singleDay, yearOf, type PeriodRule, type TimeUnit } from './rule';

const MONTH = `(${alternation(Object.keys(FRENCH_MONTHS))})\\.?`;
/** "sept" is also the number seven: as a month it needs a day or a preposition before it. */
const BARE_MONTH = `(${alternation(Object.keys(FRENCH_MONTHS).filter((name) => name !== 'sept'))})\\.?`;
const WEEKDAY = `(${alternation(Object.keys(FRENCH_WEEKDAYS))})`;
const DAY = '(\\d{1,2})(?:er)?';
const YEAR = '(?:\\s+(\\d{4}))?';
const LAST = '(?:derniers?|dernieres?|dern|der|passee?s?|precedente?s?|prec)';
const WEEK = '(?:semaine|sem)';
const WEEKEND = "(?:week[- ]?end|we|wk end|weekend)";
/** The movements "du mois" qualifies as this month's. */
const MOVEMENTS = '(?:depenses?|depanses|operations?|achats?|paiements?|transactions?|mouvements?|revenus?|sorties|debits|rentrees)';

const FRENCH_UNITS: Readonly<Record<string, TimeUnit>> = {
  jour: 'day', jours: 'day', semaine: 'week', semaines: 'week', sem: 'week', mois: 'month',
};

/** The unit `count` units back: week(2) is the week before last week. */
function unitsBack(c: Calendar, unit: string | undefined, count: number): DayRange {
  if (unit === 'semaine') return c.week(count);
  return unit === 'annee' ? c.year(count) : c.month(count);
}

const month = (name: string | undefined): number => FRENCH_MONTHS[name ?? ''];
const day = (text: string | undefined): number => Number(text);

/** French ways of naming a period, folded (no accents). Longer matches win over the ones they contain. */
export const FRENCH_PERIOD_RULES: readonly PeriodRule[] = [
  rule(`(?:du|entre le|entre)\\s+${DAY}(?:\\s+${MONTH})?\\s+(?:au|et le|et)\\s+${DAY}\\s+${MONTH}${YEAR}`,
    ([d1, m1, d2, m2, y], c) => dayToDayRange(c, day(d1), month(m1 ?? m2), day(d2), month(m2), yearOf(y))),
  // "entre le 3 et le 10", "du 3 au 10": no month, the latest such span that has passed.
  rule(`(?:du|entre le)\\s+${DAY}\\s+(?:au|et le)\\s+${DAY}`, ([d1, d2], c) => c.latestDaySpan(day(d1), day(d2))),
  rule(`depuis (?:le )?${DAY}\\s+${MONTH}${YEAR}`, ([d, m, y], c) => sinceDate(c, month(m), day(d), yearOf(y))),
  rule('depuis (?:la )?rentree(?: scolaire)?', (_, c) => sinceDate(c, 8, 1)),
  rule("(?:pendant |durant )?(?:les )?vacances (?:de |d')?(?:la )?toussaint|(?:a |pour |pendant )la toussaint",
    (_, c) => latestHoliday(c, toussaintHolidays)),
  rule("(?:pendant |durant )?(?:les )?vacances de noel|(?:les )?fetes de fin d'?\\s?annee", (_, c) => latestHoliday(c, christmasHolidays)),
  rule('(?:a |pour |pendant |durant )?noel(?: dernier)?', (_, c) => latestHoliday(c, christmas)),
  rule(`${DAY}\\s+${MONTH}${YEAR}`, ([d, m, y], c) => singleDay(c, month(m), day(d), yearOf(y))),
  rule('(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?',
    ([d, m, y], c) => singleDay(c, day(m) - 1, day(d), yearOf(y))),
  rule("avant[- ]?hier", (_, c) => c.day(-2)),
  rule('hier', (_, c) => c.day(-1)),
  rule("aujourd'?\\s?hui|aujourdhui|ajd|auj", (_, c) => c.day(0)),
  rule(`(?:le |de |du )?${WEEKDAY} ${LAST}`, ([w], c) => c.lastWeekday(FRENCH_WEEKDAYS[w ?? ''])),
  // "le mois d'avant-dernier", "l'avant-dernière semaine": the unit before the last one.
  rule(`(?:l'|l |le |la )?avant[- ]?dernier(?:e)? (mois|semaine|annee)|(?:le |la |l')?(mois|semaine|annee) (?:d')?avant[- ]?(?:le |la )?dernier(?:e)?`,
    ([u1, u2], c) => unitsBack(c, u1 ?? u2, 2)),
  rule(`(?:cette|cte) ${WEEK}`, (_, c) => c.week(0)),
  // "mes dépenses de la semaine" is this week's, as "de l'année" is this year's.
  rule(`(?:de|sur) la ${WEEK}(?! ${LAST})`, (_, c) => c.week(0)),
  rule(`(?:la )?${WEEK} ${LAST}`, (_, c) => c.week(1)),
  rule(`(?:le |du )?${WEEKEND} ${LAST}|samedi (?:et )?dimanche ${LAST}|${LAST} ${WEEKEND}`, (_, c) => c.weekend(1)),
  rule(`(?:ce|le|du|pendant le|ce dernier) ${WEEKEND}|samedi et dimanche`, (_, c) => c.recentWeekend()),
  rule(`(?:la |cette )?(?:derniere |)quinzaine(?: ${LAST})?|depuis (?:une |)quinzaine`, (_, c) => c.lastDays(14)),
  rule('ce mois[- ]?ci|ce mois', (_, c) => c.month(0)),
  // "mes dépenses du mois" is this month's, as "de la semaine" is this week's; "du mois d'avant" is a shift,
  // "la fin du mois" or "mes échéances du mois" are no movements of the month. The words stay for the classifier.
  { ...rule(`(?<=${MOVEMENTS} )(?:du|de ce) mois(?:[- ]ci| en cours)?(?![- ]?(?:d'|d |de |dern|der |prec|pass|proch|suiv|avant|apres))`,
    (_, c) => c.month(0)), keptForIntent: true },
  rule(`(?:le |du )?mois ${LAST}`, (_, c) => c.month(1)),
  rule('cette annee', (_, c) => c.year(0)),
  rule(`(?:de|sur) (?:l'|l |l)annee(?! ${LAST})`, (_, c) => c.year(0)),
  rule(`(?:l'|l )?(?:annee|an) ${LAST}|lannee ${LAST}`, (_, c) => c.year(1)),
  rule('(?:depuis )?(?:le )?debut (?:du|de ce) mois|depuis le 1er', (_, c) => c.startOfThisMonth()),
  rule("(?:depuis )?(?:le )?debut (?:de l'|de l |de cette )annee", (_, c) => c.startOfThisYear()),
  rule('(?:depuis )?(?:le )?debut de (?:la|cette) semaine', (_, c) => c.week(0)),
  rule(`depuis (?:le |ce )?${WEEKDAY}`, ([w], c) => c.sinceWeekday(FRENCH_WEEKDAYS[w ?? ''])),
  rule(`depuis (?:le mois d'|le mois de |debut )?${MONTH}`, ([m], c) => c.since(c.namedMonth(month(m)).start)),
  // "depuis le début de septembre", "depuis le début du mois d'octobre": from its first day up to today, not the month alone.
  rule(`depuis (?:le )?debut (?:du mois )?(?:de |d'|d )?${MONTH}${YEAR}`, ([m, y], c) => c.since(c.namedMonth(month(m), yearOf(y)).start)),
  rule(`${COUNT} ${LAST} (jours?|semaines?|sem|mois)|depuis ${COUNT} (jours?|semaines?|sem|mois)`,
    ([n1, unit1, n2, unit2], c) => lastUnits(c, positiveCount(n1 ?? n2), FRENCH_UNITS[unit1 ?? unit2 ?? ''])),
  rule(`il y a ${COUNT} (jours?|semaines?|sem)`, ([n, unit], c) => daysAgo(c, positiveCount(n), FRENCH_UNITS[unit ?? ''])),
  rule(`(?:en |de |d'|mois de |mois d')${MONTH}${YEAR}|${BARE_MONTH}${YEAR}`,
    ([m1, y1, m2, y2], c) => c.namedMonth(month(m1 ?? m2), yearOf(y1 ?? y2))),
  rule('(?:en|annee) (20\\d{2})', ([y], c) => c.wholeYear(Number(y))),
  rule(`(?:a la )?fin (?:du mois )?(?:de |d'|d )?${MONTH}${YEAR}`, ([m, y], c) => lastDayOf(c.namedMonth(month(m), yearOf(y)))),
  rule(`(?:a la )?fin (?:du|de ce) mois ${LAST}`, (_, c) => lastDayOf(c.month(1))),
];
