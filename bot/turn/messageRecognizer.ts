import type { BankRecognizerResult, RecognizeOptions } from '../nlu/types';

/** What the bot needs of a recognizer; the local one implements it, a CLU adapter could too. */
export interface MessageRecognizer {
  recognize(text: string, options: RecognizeOptions): BankRecognizerResult;
}
