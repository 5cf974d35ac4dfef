/**
 * Spoken fillers right after the word that opens a period ("depuis genre début novembre", "since like the
 * start of november", "depuis euh le 3"): the period rules read the message without them, as the words
 * they sit between are one period. Only after such a word, so "I'd like" is left alone.
 */
const FILLER = '(?:like|um+|uh+|erm|er|euh+|heu+|hum+|genre|bah|ben|disons|kinda)';
const OPENER_THEN_FILLERS = new RegExp(`\\b(since|from|depuis|des|a partir du|a partir de)(?:[\\s,]+${FILLER}\\b)+[\\s,]*`, 'g');

export function withoutFillers(folded: string): string {
  return folded.replace(OPENER_THEN_FILLERS, '$1 ');
}
