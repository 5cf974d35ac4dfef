import type { RecognizedEntities } from '../types';

type FollowUp = NonNullable<RecognizedEntities['followUp']>[number];
type PeriodShift = NonNullable<RecognizedEntities['periodShift']>[number];

/** "et sur le livret A ?", "and at Amazon?", "what about my savings?": the message continues the last question. */
const CONTINUES = /^(?:et|and|also|what about|how about|same for|same thing for|pareil pour|idem pour|meme chose pour|aussi)\b/;
/** "non, en novembre", "no, I meant November", "non plutôt chez Amazon": the message corrects one part of it. */
const CORRECTS = new RegExp('^(?:non|no|nope|nan|pas ca|not that|not this)\\b|\\b(?:plutot|i meant|i mean|je voulais dire|'
  + 'je parlais de|instead|rather|actually|en fait)\\b');

/**
 * Follow-up and correction markers. Only the message's start counts for "et"/"and" ("combien et où"
 * is no follow-up); a correction may come anywhere ("je voulais dire en novembre").
 */
export function findFollowUp(folded: string): FollowUp[] {
  if (CORRECTS.test(folded)) return ['correct'];
  if (CONTINUES.test(folded)) return ['continue'];
  return [];
}

const UNITS: Readonly<Record<string, PeriodShift['unit']>> = {
  jour: 'day', veille: 'day', day: 'day', semaine: 'week', week: 'week', quinzaine: 'fortnight', fortnight: 'fortnight', mois: 'month', month: 'month',
  annee: 'year', an: 'year', year: 'year',
};
const FRENCH_SHIFT = /\b(jour|semaine|quinzaine|mois|annee|an)\s+(d'?\s?avant|precedente?|d'?\s?apres|suivante?)\b(?![- ]?(?:le |la )?dernier)/;
/** "the month before" moves the last question; "the month before last" is a period of its own. */
const ENGLISH_AFTER_UNIT = /\b(day|week|fortnight|month|year)\s+(before|prior|after)\b(?!\s+last\b)/;
const ENGLISH_BEFORE_UNIT = /\b(previous|prior|preceding|following)\s+(day|week|fortnight|month|year)\b/;
const BEFORE = /^(?:d'?\s?avant|precedente?|before|prior|previous|preceding)$/;

/** The message without its opening follow-up marker: "et" or "and" continues the last question and asks nothing by itself. */
export function withoutFollowUpMarker(folded: string): string {
  return folded.replace(CONTINUES, ' ').trim();
}

/** A shift with its article ("le mois d'avant", "the week before"): a lone article left behind would read as a request. */
const ARTICLE = String.raw`(?:\b(?:le|la|l'|the|a)\s*)?`;
const SHIFT_PHRASES = [/\bla veille\b/, FRENCH_SHIFT, ENGLISH_AFTER_UNIT, ENGLISH_BEFORE_UNIT]
  .map((shift) => new RegExp(ARTICLE + shift.source, 'g'));

/** The message without its period shift, which is an entity and says nothing of the intent ("before" is no upcoming payment). */
export function withoutPeriodShift(folded: string): string {
  return SHIFT_PHRASES.reduce((text, phrase) => text.replace(phrase, ' '), folded).replace(/\s+/g, ' ').trim();
}

/**
 * "le mois d'avant", "the month before", "la semaine suivante": a period relative to the one of the
 * previous answer, by one calendar unit. "la veille" is the day before.
 */
export function findPeriodShift(folded: string): PeriodShift[] {
  if (/\bla veille\b/.test(folded)) return [{ unit: 'day', step: -1 }];
  const french = FRENCH_SHIFT.exec(folded);
  if (french) return [{ unit: UNITS[french[1]], step: BEFORE.test(french[2]) ? -1 : 1 }];
  const after = ENGLISH_AFTER_UNIT.exec(folded);
  if (after) return [{ unit: UNITS[after[1]], step: after[2] === 'after' ? 1 : -1 }];
  const before = ENGLISH_BEFORE_UNIT.exec(folded);
  if (before) return [{ unit: UNITS[before[2]], step: before[1] === 'following' ? 1 : -1 }];
  return [];
}
