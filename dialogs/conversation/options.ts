import type { RecognizedEntities } from '../recognized';
import { foldText, words } from '../../data/textFolding';
import { MAX_QUICK_REPLY_TITLE } from '../replies';

/** One option of a pending choice. */
export interface Option {
  id: string;
  /** Its full name: the quick reply's value, whatever the 20 characters of its title show. */
  title: string;
  /** The line that describes it in the question. */
  line: string;
  /** The item's calendar day (`YYYY-MM-DD`), for "celle de septembre" and "the latest". */
  day?: string;
  /** What names it: merchant, order number, account name. */
  names: string[];
}

type Filter = (option: Option) => boolean;

/**
 * The option a message picks, or undefined: its full name or the title a quick reply showed, its number
 * or ordinal ("2", "la deuxième"), "the latest", or what narrows the options to one (an order number, an
 * account, a merchant, a month, words of its name). The recognizer read the message; this only compares.
 * Without `byPeriod`, a date does not narrow: in a new question ("what did I get paid in November?") it
 * is that question's period, not a choice of the November purchase.
 */
export function pickedOption(options: readonly Option[], text: string, entities: RecognizedEntities, byPeriod = true): Option | undefined {
  const folded = foldText(text);
  const named = options.find((option) => shownAs(option).includes(folded));
  if (named) return named;
  const reference = entities.reference?.[0];
  if (reference?.kind === 'position') return options[reference.position - 1];
  if (reference?.kind === 'latest') return latest(options);
  const filters = narrowingFilters(entities, byPeriod);
  const candidates = filters.length > 0 ? options.filter((option) => filters.every((keep) => keep(option))) : byWords(options, folded);
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** What a customer may send back for an option: its full name, its cut title (with or without "…"), its id. */
function shownAs(option: Option): string[] {
  const title = foldText(option.title);
  const cut = title.slice(0, MAX_QUICK_REPLY_TITLE - 1);
  return [title, title.slice(0, MAX_QUICK_REPLY_TITLE), cut, `${cut}…`, option.id.toLowerCase()];
}

function narrowingFilters(entities: RecognizedEntities, byPeriod: boolean): Filter[] {
  const filters: Filter[] = [];
  const has = (option: Option, name: string) => option.names.some((n) => foldText(n) === foldText(name));
  for (const number of entities.orderNumber ?? []) filters.push((option) => has(option, number));
  for (const merchant of entities.merchant ?? []) filters.push((option) => has(option, merchant));
  const account = entities.account?.[0];
  if (account?.id) filters.push((option) => option.id === account.id);
  const period = byPeriod ? entities.period?.[0] : undefined;
  if (period) filters.push((option) => option.day !== undefined && option.day >= period.start && option.day <= period.end);
  return filters;
}

/** Options one of whose names has a word of three letters or more in the message ("the Boulanger one"). */
function byWords(options: readonly Option[], folded: string): Option[] {
  const said = new Set(words(folded));
  return options.filter((option) => option.names.some((name) => words(foldText(name)).some((word) => word.length >= 3 && said.has(word))));
}

/** The most recent option; the first one when options carry no day (they are listed newest first). */
function latest(options: readonly Option[]): Option | undefined {
  const dated = options.filter((option) => option.day !== undefined);
  if (dated.length === 0) return options[0];
  return dated.reduce((best, option) => ((option.day as string) > (best.day as string) ? option : best));
}
