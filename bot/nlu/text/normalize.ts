/** The recognizer's text helpers: the folding itself is shared with the dialogs, in `data/textFolding`. */
import { foldText, words } from '../../../data/textFolding';

export { foldText, words };

/** Folded text reduced to its words, for comparing phrases whatever their punctuation ("what's" = "whats"). */
export function canonicalPhrase(text: string): string {
  return words(foldText(text).replace(/'/g, '')).join(' ');
}
