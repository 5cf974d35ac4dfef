/**
 * Numbers written in words, read as digits so that the amount patterns see them: "plus de septante euros"
 * is "plus de 70 euros", "over one hundred and fifty pounds" is "over 150 pounds". French (with the Belgian
 * and Swiss septante, huitante, octante, nonante, and quatre-vingt(s)) and English, whole numbers below a
 * million: the grammar has no word above "mille"/"thousand", so what is read is bounded by construction.
 */
const UNITS: Readonly<Record<string, number>> = {
  zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90,
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const HUNDRED = new Set(['cent', 'cents', 'hundred']);
const THOUSAND = new Set(['mille', 'thousand']);
const FRENCH_MULTIPLIERS = new Set(['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'vingt', 'vingts']);
/** Joining words inside a number: "vingt et un", "one hundred and five". */
const JOINERS = new Set(['et', 'and']);
/** "un", "one" or "a" alone is an article or a pronoun far more often than an amount ("un paiement", "the one"). */
const ALONE_NOT_A_NUMBER = new Set(['un', 'une', 'one']);

const isNumberWord = (word: string) => word in UNITS || word in TEENS || word in TENS || HUNDRED.has(word) || THOUSAND.has(word);

/**
 * The value of the number words starting at `start`, and how many words it took; undefined if none.
 * Each word must fit where it stands ("dix sept" is 17, "cinq six" stops at 5), so two numbers side by side
 * ("entre vingt et trente") stay two: "et"/"and" joins only what can follow it inside one number.
 */
function readNumber(tokens: readonly string[], start: number): { value: number; length: number } | undefined {
  let total = 0;
  let current = 0;
  let used = 0;
  let lastWasNumber = false;
  for (let i = start; i < tokens.length; i += 1) {
    let word = tokens[i];
    // "a hundred", "a thousand": the article is the one.
    if (word === 'a' && i === start && (HUNDRED.has(tokens[i + 1]) || THOUSAND.has(tokens[i + 1]))) word = 'one';
    if (JOINERS.has(word) && lastWasNumber) {
      if (!joinsInside(tokens, i, current)) break;
      continue;
    }
    const fitted = fit(word, tokens[i + 1], current);
    if (fitted === undefined) {
      // English "cents" are pennies ("fifty cents"); French "cents" multiplies a unit ("deux cents").
      if (word === 'cents' && !FRENCH_MULTIPLIERS.has(tokens[i - 1])) break;
      if (HUNDRED.has(word) && current % 100 === current) current = (current === 0 ? 1 : current) * 100;
      else if (THOUSAND.has(word) && total === 0) { total = (current === 0 ? 1 : current) * 1000; current = 0; }
      else break;
    } else {
      current = fitted.value;
      if (fitted.skip) i += 1;
    }
    used = i - start + 1;
    lastWasNumber = true;
  }
  if (used === 0) return undefined;
  if (used === 1 && ALONE_NOT_A_NUMBER.has(tokens[start])) return undefined;
  return { value: total + current, length: used };
}

/** The number so far with one more word, if it fits there; `skip` when it took the next word too ("quatre vingts"). */
function fit(word: string, next: string | undefined, current: number): { value: number; skip?: boolean } | undefined {
  const below100 = current % 100;
  if (word === 'quatre' && (next === 'vingt' || next === 'vingts') && below100 === 0) return { value: current + 80, skip: true };
  if (word in TENS && below100 === 0) return { value: current + TENS[word] };
  // French 70 and 90 are 60 or 80 and a teen: "soixante-dix", "quatre-vingt-seize".
  if (word in TEENS && (below100 === 0 || (TEENS[word] < 20 && (below100 === 60 || below100 === 80)))) return { value: current + TEENS[word] };
  if (word in UNITS && UNITS[word] > 0 && current % 10 === 0 && !(below100 >= 10 && below100 < 20 && below100 !== 10)) {
    return { value: current + UNITS[word] };
  }
  if (word === 'zero' && current === 0) return { value: 0 };
  return undefined;
}

/**
 * Whether "et"/"and" at `i` joins the number: French "vingt et un", "soixante et onze" (only before one or
 * eleven, after a ten); English "hundred and five" (after hundreds, before a number below a hundred that
 * is not itself the start of hundreds: "one hundred and two hundred" is two numbers).
 */
function joinsInside(tokens: readonly string[], i: number, current: number): boolean {
  const next = tokens[i + 1];
  if (tokens[i] === 'et') return (next === 'un' || next === 'une' || next === 'onze') && current % 10 === 0 && current % 100 >= 20;
  if (current % 100 !== 0 || current === 0 || !(next in UNITS || next in TEENS || next in TENS)) return false;
  const after = readNumber(tokens, i + 1);
  return after !== undefined && after.value < 100;
}

/**
 * The folded message with its numbers in words written as digits ("plus de quatre-vingts €" → "plus de 80 €").
 * A number's words are separated by spaces or hyphens only ("quatre-vingt-dix", "twenty-five"). A word just
 * after digits is left alone: "le 10 sept" is a date, not 10 and 7.
 */
export function withNumberWordsAsDigits(folded: string): string {
  if (!/[a-z]/.test(folded)) return folded;
  // Odd indexes are words (letter runs), even ones what separates them.
  const parts = folded.split(/([a-z]+)/);
  let out = '';
  for (let index = 1; index < parts.length; index += 2) {
    out += parts[index - 1];
    const word = parts[index];
    if ((isNumberWord(word) || word === 'a') && !/\d\s*$/.test(out)) {
      const run = [word];
      for (let next = index + 2; next < parts.length && /^[\s-]+$/.test(parts[next - 1]); next += 2) run.push(parts[next]);
      const number = readNumber(run, 0);
      if (number !== undefined) {
        out += String(number.value);
        index += 2 * (number.length - 1);
        continue;
      }
    }
    out += word;
  }
  return out + parts[parts.length - 1];
}
