import { seededRandom } from '../classifier/softmax';
import { stableHash } from '../text/stableHash';
import type { IntentName } from '../types';

/**
 * A template file: slots (named lists of words or phrases, which may name other slots) and, per intent,
 * templates such as "{opener} combien sur {account} {please}". Language data stays data; this only expands it.
 */
export interface TemplateFile {
  /** Phrases drawn from each template (distinct ones only; fewer when the template has fewer). */
  perTemplate: number;
  /**
   * Phrases drawn per intent at least, shared among its templates: an intent said in few templates (a greeting,
   * a goodbye) would otherwise be learnt from a handful of its words and lose its bare words to the fillers
   * that every other intent's templates begin with.
   */
  perIntent?: number;
  /**
   * `perIntent` for the intents named, instead: a courtesy said in one or two words from a slot of sixty (thanks,
   * greetings, goodbyes, "cancel") has each of its words in two or three phrases at 200 per intent, while the
   * `{please}` tail of every other intent's templates puts "thx" or "cheers" in hundreds.
   */
  perIntentFor?: Partial<Record<IntentName, number>>;
  /** Share of drawn phrases that also get one typo, as typed on a phone. */
  typoShare: number;
  /**
   * Share of drawn phrases with apostrophes that are typed without them, as on a phone ("whats up", "thats
   * all", "youre a star"): the public lines are full of them, and "whats" is one word, not "what s".
   */
  bareApostropheShare?: number;
  slots: Record<string, string[]>;
  intents: Partial<Record<IntentName, string[]>>;
}

export interface GeneratedPhrase {
  text: string;
  intent: IntentName;
  /** The template it came from, so that cross-validation holds a whole template out at once. */
  group: string;
}

const SLOT = /\{([a-zA-Z]+)\}/g;
const MAX_DEPTH = 5;
/**
 * Draws allowed per phrase wanted: a template that can say only a few phrases more than are wanted still says
 * them all (at three, a template of 12 phrases asked for 10 drew 9, depending on its seed), and one that can say
 * fewer stops there.
 */
const ATTEMPTS_PER_PHRASE = 10;

/**
 * Every template's phrases, drawn by a seeded generator: the same corpus on every run. Each template draws from
 * its own generator, seeded from the file's seed, its intent and its own text: adding, editing or removing one
 * template leaves every other template's phrases as they were (with one sequence for the whole file, one added
 * template reshuffled every later intent's phrases, and the folds moved by 3–5 lines for reasons of their own).
 */
export function expandTemplates(file: TemplateFile, seed: number): GeneratedPhrase[] {
  const known = wordsOf(file);
  const phrases: GeneratedPhrase[] = [];
  for (const [intent, templates] of Object.entries(file.intents)) {
    const list = templates ?? [];
    const perIntent = file.perIntentFor?.[intent as IntentName] ?? file.perIntent ?? 0;
    const wanted = Math.max(file.perTemplate, Math.ceil(perIntent / Math.max(list.length, 1)));
    list.forEach((template, index) => {
      // A template written twice under one intent still draws its own phrases the second time.
      const repeat = list.slice(0, index).filter((earlier) => earlier === template).length;
      const random = seededRandom(stableHash(`${seed}\u0000${intent}\u0000${template}\u0000${repeat}`));
      const fill = filler(file, random);
      const drawn = new Set<string>();
      for (let attempt = 0; attempt < wanted * ATTEMPTS_PER_PHRASE && drawn.size < wanted; attempt += 1) {
        const text = tidy(fill(template, 0));
        const typed = random() < file.typoShare ? withTypo(text, random, known) : text;
        drawn.add(withBareApostrophes(typed, file.bareApostropheShare ?? 0));
      }
      drawn.forEach((text) => phrases.push({ text, intent: intent as IntentName, group: `${intent}#${index}` }));
    });
  }
  return phrases;
}

/** Fills a template's slots (and the slots their values name) with values drawn by `random`. */
function filler(file: TemplateFile, random: () => number): (text: string, depth: number) => string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const fill = (text: string, depth: number): string => text.replace(SLOT, (_, name: string) => {
    const values = file.slots[name];
    if (values === undefined) throw new Error(`Template slot {${name}} is not defined`);
    return depth >= MAX_DEPTH ? pick(values) : fill(pick(values), depth + 1);
  });
  return fill;
}

/**
 * The phrase typed without its apostrophes, for a share of the phrases that have one. Which ones is decided by
 * the phrase's own hash, not the generator: the phrases without an apostrophe, and every later draw, stay as
 * they were.
 */
function withBareApostrophes(text: string, share: number): string {
  if (!text.includes("'") || stableHash(text) / 2 ** 32 >= share) return text;
  return text.replace(/'/g, '');
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s+([,?])/g, '$1').replace(/^[\s,]+|[\s,]+$/g, '');
}

/** Every word the file's slots and templates use: a slip that makes one of them is no typo ("spend" → "send"). */
function wordsOf(file: TemplateFile): ReadonlySet<string> {
  const texts = [...Object.values(file.slots).flat(), ...Object.values(file.intents).flatMap((list) => list ?? [])];
  return new Set(texts.flatMap((text) => text.toLowerCase().split(/[^a-z]+/)).filter(Boolean));
}

/**
 * One slip in one word of five letters or more: a letter dropped, doubled, swapped with the next or replaced.
 * A slip that spells another word the file uses is dropped (the phrase stays as it was): it would teach the
 * classifier another request under this intent.
 */
function withTypo(text: string, random: () => number, known: ReadonlySet<string>): string {
  const words = text.split(' ');
  const long = words.map((word, i) => [word, i] as const).filter(([word]) => /^[a-z]{5,}$/.test(word));
  if (long.length === 0) return text;
  const [word, at] = long[Math.floor(random() * long.length)];
  const i = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 4);
  const typo = kind === 0 ? word.slice(0, i) + word.slice(i + 1)
    : kind === 1 ? word.slice(0, i) + word[i] + word.slice(i)
      : kind === 2 ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
        : word.slice(0, i) + 'aeiou'[Math.floor(random() * 5)] + word.slice(i + 1);
  if (known.has(typo)) return text;
  words[at] = typo;
  return words.join(' ');
}
