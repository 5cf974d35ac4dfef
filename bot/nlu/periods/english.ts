import { AMBIGUOUS_ENGLISH_MONTHS, ENGLISH_MONTHS, ENGLISH_WEEKDAYS, alternation } from './names';
import { christmas, latestHoliday } from './holidays';
import {
  COUNT, dayToDayRange, daysAgo, lastDayOf, lastUnits, positiveCount, rule, sinceDate, singleDay, yearOf, type PeriodRule, type TimeUnit,
} from './rule';

const MONTH = `(${alternation(Object.keys(ENGLISH_MONTHS))})\\.?`;
/** "may", "mar", "jan" are ordinary words too: alone they need a preposition before them. */
const BARE_MONTH = `(${alternation(Object.keys(ENGLISH_MONTHS).filter((n) => !AMBIGUOUS_ENGLISH_MONTHS.includes(n)))})\\.?`;
const WEEKDAY = `(${alternation(Object.keys(ENGLISH_WEEKDAYS))})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4}))?';
const TO = '\\s+(?:and|to|till|until|through|-)\\s+(?:the\\s+)?';
const LAST = '(?:last|past|previous|prev)';
const WEEK = '(?:week|wk)';
const MONTH_WORD = '(?:month|mth|mnth)';
const WEEKEND = '(?:weekend|week-end|week end|wknd)';
const ENGLISH_UNITS: Readonly<Record<string, TimeUnit>> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', wk: 'week', wks: 'week', month: 'month', months: 'month',
  mth: 'month', mths: 'month',
};

const month = (name: string | undefined): number => ENGLISH_MONTHS[name ?? ''];
const day = (text: string | undefined): number => Number(text);

/** English ways of naming a period, lower-case. Longer matches win over the ones they contain. */
export const ENGLISH_PERIOD_RULES: readonly PeriodRule[] = [
  rule(`(?:between|from)\\s+(?:the\\s+)?${DAY}(?:\\s+(?:of\\s+)?${MONTH})?${TO}${DAY}\\s+(?:of\\s+)?${MONTH}${YEAR}`,
    ([d1, m1, d2, m2, y], c) => dayToDayRange(c, day(d1), month(m1 ?? m2), day(d2), month(m2), yearOf(y))),
  rule(`(?:between|from)\\s+${MONTH}\\s+${DAY}${TO}(?:${MONTH}\\s+)?${DAY}${YEAR}`,
    ([m1, d1, m2, d2, y], c) => dayToDayRange(c, day(d1), month(m1), day(d2), month(m2 ?? m1), yearOf(y))),
  // "between the 3rd and the 10th": no month, the latest such span that has passed.
  rule(`(?:between|from)\\s+the\\s+${DAY}${TO}${DAY}`, ([d1, d2], c) => c.latestDaySpan(day(d1), day(d2))),
  rule(`since\\s+(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}${YEAR}`, ([d, m, y], c) => sinceDate(c, month(m), day(d), yearOf(y))),
  rule(`since\\s+${MONTH}\\s+${DAY}${YEAR}`, ([m, d, y], c) => sinceDate(c, month(m), day(d), yearOf(y))),
  rule('since\\s+(?:the\\s+)?(?:start|beginning)\\s+of\\s+(?:the\\s+)?(?:school|academic)\\s+year', (_, c) => sinceDate(c, 8, 1)),
  rule('(?:over|at|for|during|on|around)?\\s*(?:the\\s+)?(?:christmas|xmas)(?:\\s+(?:break|period|holidays?))?(?:\\s+last\\s+year)?',
    (_, c) => latestHoliday(c, christmas)),
  rule(`${DAY}\\s+(?:of\\s+)?${MONTH}${YEAR}`, ([d, m, y], c) => singleDay(c, month(m), day(d), yearOf(y))),
  rule(`${MONTH}\\s+${DAY}${YEAR}`, ([m, d, y], c) => singleDay(c, month(m), day(d), yearOf(y))),
  rule('(?:the\\s+)?day\\s+before\\s+(?:yesterday|yday)', (_, c) => c.day(-2)),
  rule('yesterday|yday|yesterdy|yesteday|ystrday', (_, c) => c.day(-1)),
  rule('today|todays|2day|tday', (_, c) => c.day(0)),
  rule(`(?:on\\s+)?${LAST}\\s+${WEEKDAY}`, ([w], c) => c.lastWeekday(ENGLISH_WEEKDAYS[w ?? ''])),
  // "the month before last": the unit before the last one.
  rule('(?:the\\s+)?(week|wk|month|mth|year)\\s+before\\s+last', ([unit], c) => {
    if (unit === 'week' || unit === 'wk') return c.week(2);
    return unit === 'year' ? c.year(2) : c.month(2);
  }),
  rule(`this\\s+${WEEK}`, (_, c) => c.week(0)),
  rule(`${LAST}\\s+${WEEK}`, (_, c) => c.week(1)),
  rule(`${LAST}\\s+${WEEKEND}`, (_, c) => c.weekend(1)),
  // The one before "last weekend": on Tuesday 1 December, 21-22 November.
  rule(`(?:the\\s+)?${WEEKEND}\\s+before\\s+last`, (_, c) => c.weekend(2)),
  rule(`(${COUNT.slice(1, -1)}|an?)\\s+(days?|weeks?)\\s+ago`, ([n, unit], c) => daysAgo(c, n === 'a' || n === 'an' ? 1 : positiveCount(n), unit?.startsWith('week') ? 'week' : 'day')),
  rule(`(?:this|the|over\\s+the|at\\s+the|on\\s+the|during\\s+the)\\s+${WEEKEND}|(?:on\\s+)?saturday\\s+and\\s+sunday`,
    (_, c) => c.recentWeekend()),
  rule(`(?:the\\s+)?(?:${LAST}|this)\\s+fortnight|(?:the\\s+)?${LAST}\\s+couple\\s+of\\s+weeks`, (_, c) => c.lastDays(14)),
  rule(`this\\s+${MONTH_WORD}`, (_, c) => c.month(0)),
  rule(`${LAST}\\s+${MONTH_WORD}`, (_, c) => c.month(1)),
  rule('this\\s+year', (_, c) => c.year(0)),
  rule('(?:of|in|for)\\s+the\\s+year(?!\\s+before)', (_, c) => c.year(0)),
  rule(`${LAST}\\s+year`, (_, c) => c.year(1)),
  rule('since\\s+(?:the\\s+)?(?:start|beginning)\\s+of\\s+(?:the|this)\\s+month|month\\s+to\\s+date',
    (_, c) => c.startOfThisMonth()),
  rule('since\\s+(?:the\\s+)?(?:start|beginning)\\s+of\\s+(?:the|this)\\s+year|year\\s+to\\s+date',
    (_, c) => c.startOfThisYear()),
  rule('since\\s+(?:the\\s+)?(?:start|beginning)\\s+of\\s+(?:the|this)\\s+week', (_, c) => c.week(0)),
  rule(`since\\s+(?:last\\s+)?${WEEKDAY}`, ([w], c) => c.sinceWeekday(ENGLISH_WEEKDAYS[w ?? ''])),
  rule(`since\\s+${MONTH}`, ([m], c) => c.since(c.namedMonth(month(m)).start)),
  // "since the start of september": from its first day up to today, not September alone ("of september").
  rule(`(?:since|from)\\s+(?:the\\s+)?(?:start|beginning)\\s+of\\s+${MONTH}${YEAR}`,
    ([m, y], c) => c.since(c.namedMonth(month(m), yearOf(y)).start)),
  rule(`(?:the\\s+)?${LAST}\\s+${COUNT}\\s+(days?|weeks?|wks?|months?|mths?)`,
    ([n, unit], c) => lastUnits(c, positiveCount(n), ENGLISH_UNITS[unit ?? ''])),
  rule(`(?:in|during|for|of|over)\\s+${MONTH}${YEAR}|${BARE_MONTH}${YEAR}`,
    ([m1, y1, m2, y2], c) => c.namedMonth(month(m1 ?? m2), yearOf(y1 ?? y2))),
  rule('in\\s+(20\\d{2})', ([y], c) => c.wholeYear(Number(y))),
  rule(`(?:at\\s+)?the\\s+end\\s+of\\s+${MONTH}${YEAR}`, ([m, y], c) => lastDayOf(c.namedMonth(month(m), yearOf(y)))),
  rule(`(?:at\\s+)?the\\s+end\\s+of\\s+${LAST}\\s+month`, (_, c) => lastDayOf(c.month(1))),
];
