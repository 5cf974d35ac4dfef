import type { TurnContext } from 'botbuilder';
import type { BankRecognizerResult } from './nlu/types';

export const RECOGNIZER_TRACE_LABEL = 'Recognizer Result';

/**
 * Shows support staff why the bot answered as it did. Only on the Emulator: a trace on a real channel
 * would carry the customer's words back out for nothing.
 */
export async function sendRecognitionTrace(context: TurnContext, result: BankRecognizerResult): Promise<void> {
  if (context.activity.channelId !== 'emulator') return;
  await context.sendTraceActivity('BankRecognizer', result, 'https://www.luis.ai/schemas/trace', RECOGNIZER_TRACE_LABEL);
}
