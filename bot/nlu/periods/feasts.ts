import { TZDate } from '@date-fns/tz';
import { addDays, isAfter } from 'date-fns';
import type { Calendar, DayRange } from './calendar';
import { aroundEaster, easterSunday } from './easter';
import { latestHoliday } from './holidays';
import { rule, yearOf, type PeriodRule } from './rule';

type FeastDay = (year: number, timeZone: string) => TZDate;

/**
 * A feast that falls on one day, as people name it (folded), and its day in a year. `alone` feasts are a
 * day even without a preposition ("boxing day"); the others only start a period ("since christmas"), as
 * "at Christmas" means the days around it (`holidays.ts`) and "la Toussaint" the school holidays.
 */
interface Feast {
  names: string;
  day: FeastDay;
  alone?: true;
}

const fixed = (monthIndex: number, dayOfMonth: number): FeastDay => (year, zone) => new TZDate(year, monthIndex, dayOfMonth, zone);
const easter = (offset: number): FeastDay => (year, zone) => addDays(easterSunday(year, zone), offset);

/** The longer name first where one starts another: "christmas eve" before "christmas". */
const ENGLISH_FEASTS: readonly Feast[] = [
  { names: '(?:christmas|xmas)\\s+eve', day: fixed(11, 24), alone: true },
  { names: '(?:christmas|xmas)\\s+day', day: fixed(11, 25), alone: true },
  { names: 'christmas|xmas', day: fixed(11, 25) },
  { names: 'boxing\\s+day', day: fixed(11, 26), alone: true },
  { names: "new\\s+year(?:'?s)?\\s+eve|nye", day: fixed(11, 31), alone: true },
  { names: "new\\s+year(?:'?s)?\\s+day", day: fixed(0, 1), alone: true },
  { names: "new\\s+year(?:'?s)?", day: fixed(0, 1) },
  { names: "bonfire\\s+night|guy\\s+fawkes(?:'?s?)?(?:\\s+(?:night|day))?|fireworks\\s+night", day: fixed(10, 5), alone: true },
  { names: 'halloween', day: fixed(9, 31) },
  { names: "(?:st\\.?\\s+|saint\\s+)?valentine(?:'?s)?\\s+day", day: fixed(1, 14), alone: true },
  { names: "(?:st\\.?\\s+|saint\\s+)?patrick(?:'?s)?\\s+day|paddy(?:'?s)?\\s+day", day: fixed(2, 17), alone: true },
  { names: 'good\\s+friday', day: easter(-2), alone: true },
  { names: 'easter\\s+monday', day: easter(1), alone: true },
  { names: 'easter\\s+(?:sunday|day)', day: easter(0), alone: true },
  { names: 'easter', day: easter(0) },
];

const FRENCH_FEASTS: readonly Feast[] = [
  { names: "(?:le )?(?:reveillon de noel|soir de noel)", day: fixed(11, 24), alone: true },
  { names: '(?:le )?jour de noel', day: fixed(11, 25), alone: true },
  { names: 'noel', day: fixed(11, 25) },
  { names: "(?:la )?saint[- ]sylvestre|(?:le )?reveillon du (?:nouvel an|jour de l'?\\s?an)", day: fixed(11, 31), alone: true },
  { names: "(?:le )?(?:jour de l'?\\s?an|nouvel an|premier de l'?\\s?an|1er de l'?\\s?an)", day: fixed(0, 1), alone: true },
  // The day, 1 November, the same for everyone; the school holidays around it are "les vacances de la Toussaint".
  { names: '(?:la )?toussaint', day: fixed(10, 1) },
  { names: "(?:l'|l )?armistice", day: fixed(10, 11), alone: true },
  { names: 'halloween', day: fixed(9, 31) },
  { names: '(?:la )?fete nationale', day: fixed(6, 14), alone: true },
  { names: '(?:la )?fete du travail', day: fixed(4, 1), alone: true },
  { names: "(?:l'|l )?assomption", day: fixed(7, 15), alone: true },
  { names: '(?:la )?saint[- ]valentin', day: fixed(1, 14), alone: true },
  { names: '(?:le )?vendredi saint', day: easter(-2), alone: true },
  { names: '(?:le )?lundi de paques', day: easter(1), alone: true },
  { names: '(?:le )?dimanche de paques', day: easter(0), alone: true },
  { names: 'paques', day: easter(0) },
  { names: "(?:l'|l )?ascension", day: easter(39), alone: true },
  { names: '(?:le )?lundi de (?:la )?pentecote', day: easter(50), alone: true },
  { names: '(?:la )?pentecote', day: easter(49), alone: true },
];

const alternationOf = (feasts: readonly Feast[]): string => feasts.map((feast) => feast.names).join('|');
const anchored = (feasts: readonly Feast[]) => feasts.map((feast) => ({ feast, whole: new RegExp(`^(?:${feast.names})$`) }));
const ENGLISH_BY_NAME = anchored(ENGLISH_FEASTS);
const FRENCH_BY_NAME = anchored(FRENCH_FEASTS);

/** The feast a matched name is, by its own pattern. */
function feastNamed(byName: ReturnType<typeof anchored>, name: string | undefined): Feast | undefined {
  return byName.find(({ whole }) => whole.test(name ?? ''))?.feast;
}

/** The feast's day in the year given, or the latest one not after today (on 29 November, Christmas 2025). */
function feastDay(c: Calendar, feast: Feast, year?: number): TZDate {
  if (year !== undefined) return feast.day(year, c.zone);
  const thisYear = feast.day(c.today.getFullYear(), c.zone);
  return isAfter(thisYear, c.today) ? feast.day(c.today.getFullYear() - 1, c.zone) : thisYear;
}

/** "since Easter": from that day up to today; none when the year given puts it in the future. */
function sinceFeast(c: Calendar, feast: Feast | undefined, year?: number): DayRange | undefined {
  if (!feast) return undefined;
  const start = feastDay(c, feast, year);
  return isAfter(start, c.today) ? undefined : c.since(start);
}

function onFeast(c: Calendar, feast: Feast | undefined, year?: number): DayRange | undefined {
  if (!feast) return undefined;
  const day = feastDay(c, feast, year);
  return { start: day, end: day };
}

/** Easter as a time of its own: the latest one begun, or the year's. */
function easterDays(c: Calendar, from: number, to: number, year?: number): DayRange {
  const days = aroundEaster(from, to);
  return year === undefined ? latestHoliday(c, days) : days(year, c.zone);
}

const EN_YEAR = '(?:,?\\s+(\\d{4}))?';
const FR_YEAR = '(?:\\s+(\\d{4}))?';
const ENGLISH_ALONE = alternationOf(ENGLISH_FEASTS.filter((feast) => feast.alone));
const FRENCH_ALONE = alternationOf(FRENCH_FEASTS.filter((feast) => feast.alone));
const NOT_EASTER_TIME = '(?!\\s+(?:eggs?|holidays?|break|sunday|monday|day|hols))';

/**
 * Feasts in English. "Easter" as a time is the UK's four-day Easter weekend, Good Friday to Easter Monday
 * (both bank holidays); "the Easter holidays" stay undated (`undated.ts`), as schools set them.
 */
export const ENGLISH_FEAST_RULES: readonly PeriodRule[] = [
  rule(`(?:ever\\s+)?since\\s+(?:last\\s+)?(?:the\\s+)?(${alternationOf(ENGLISH_FEASTS)})${EN_YEAR}(\\s+last\\s+year)?`,
    ([name, y, lastYear], c) => sinceFeast(c, feastNamed(ENGLISH_BY_NAME, name), lastYear ? c.today.getFullYear() - 1 : yearOf(y))),
  rule(`(?:(?:on|at|for|over|during)\\s+)?(?:the\\s+)?(${ENGLISH_ALONE})${EN_YEAR}|(?:on|at|for)\\s+(halloween)${EN_YEAR}`,
    ([name1, y1, name2, y2], c) => onFeast(c, feastNamed(ENGLISH_BY_NAME, name1 ?? name2), yearOf(y1 ?? y2))),
  rule(`(?:over|at|during|for|around|in)\\s+(?:the\\s+)?easter${NOT_EASTER_TIME}(?:\\s+(?:bank\\s+holiday\\s+)?(?:long\\s+)?weekend)?${EN_YEAR}`
    + `|(?:the\\s+)?easter\\s+(?:bank\\s+holiday\\s+)?(?:long\\s+)?weekend${EN_YEAR}`,
    ([y1, y2], c) => easterDays(c, -2, 1, yearOf(y1 ?? y2))),
];

/**
 * Feasts in French. "Pâques" as a time is Easter Sunday and Monday (the public holiday); "le week-end de
 * Pâques" is the long weekend, Saturday to Monday; "les vacances de Pâques" stay undated, as zones differ.
 */
export const FRENCH_FEAST_RULES: readonly PeriodRule[] = [
  rule(`depuis (?:le |la |l'|l )?(${alternationOf(FRENCH_FEASTS)})(?: (?:derniere?|passee?))?${FR_YEAR}`,
    ([name, y], c) => sinceFeast(c, feastNamed(FRENCH_BY_NAME, name), yearOf(y))),
  rule(`(?:(?:a|pour|pendant|durant|de|du|au) )?(?:la |le |l'|l )?(${FRENCH_ALONE})(?: derniere?)?${FR_YEAR}|(?:a|pour) (halloween)${FR_YEAR}`,
    ([name1, y1, name2, y2], c) => onFeast(c, feastNamed(FRENCH_BY_NAME, name1 ?? name2), yearOf(y1 ?? y2))),
  rule(`(?:a|pour|pendant|durant) paques(?: derniere?)?${FR_YEAR}`, ([y], c) => easterDays(c, 0, 1, yearOf(y))),
  rule(`(?:(?:le|du|pendant le|durant le|au|ce) )?(?:week[- ]?end|we|pont|long week[- ]?end) de paques(?: derniere?)?${FR_YEAR}`,
    ([y], c) => easterDays(c, -1, 1, yearOf(y))),
];
