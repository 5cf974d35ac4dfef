import { answerLanguageOf } from './answerLanguage';
import { textsFor } from './texts';

/**
 * What the bot says to a message no dialog answers: a flood stopped before the recognizer, a turn that
 * failed. The recognizer may not have run (or its result is gone), so the activity's locale is the only
 * hint of the language.
 */
export function tooManyMessagesReply(locale: string | undefined): string {
  return textsFor(answerLanguageOf(locale)).tooManyMessages;
}

export function turnFailedReply(locale: string | undefined): string {
  return textsFor(answerLanguageOf(locale)).error;
}
