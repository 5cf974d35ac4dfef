import type { TurnContext } from 'botbuilder';
import type { BankRecognizerResult } from '../nlu/types';

export const RECOGNIZER_TRACE_LABEL = 'Recognizer Result';
export const RECOGNIZER_TRACE_NAME = 'BankRecognizer';
export const LUIS_TRACE_TYPE = 'https://www.luis.ai/schemas/trace';
/** What the Emulator's LUIS inspector shows as the application; there is no cloud model behind it. */
export const LOCAL_MODEL_ID = 'bank-assistant-local-recognizer';

/** One intent or entity as LUIS v2 listed them, for the inspector's raw view. */
interface LuisIntent { intent: string; score: number }
interface LuisEntity { type: string; entity: string }

/** The object Bot Framework Emulator's LUIS inspector reads under `valueType` LUIS_TRACE_TYPE. */
export interface LuisTraceInfo {
  recognizerResult: BankRecognizerResult;
  luisModel: { ModelID: string };
  luisOptions: { Staging: boolean };
  luisResult: { query: string; topScoringIntent: LuisIntent; intents: LuisIntent[]; entities: LuisEntity[] };
}

/** The recognizer result wrapped so that the inspector shows it: the result itself is `recognizerResult`. */
export function luisTraceInfo(result: BankRecognizerResult): LuisTraceInfo {
  const intents = Object.entries(result.intents)
    .map(([intent, { score = 0 }]) => ({ intent, score }))
    .sort((a, b) => b.score - a.score);
  const entities = Object.entries(result.entities)
    .filter(([type]) => type !== '$instance')
    .flatMap(([type, value]) => (Array.isArray(value) ? value : [value]).map((one) => ({
      type, entity: typeof one === 'string' ? one : JSON.stringify(one),
    })));
  return {
    recognizerResult: result,
    luisModel: { ModelID: LOCAL_MODEL_ID },
    luisOptions: { Staging: false },
    luisResult: { query: result.text, topScoringIntent: intents[0] ?? { intent: 'None', score: 0 }, intents, entities },
  };
}

/**
 * Shows support staff why the bot answered as it did. Only on the Emulator: a trace on a real channel
 * would carry the customer's words back out for nothing (the support console keeps its own, see webchat/).
 */
export async function sendRecognitionTrace(context: TurnContext, result: BankRecognizerResult): Promise<void> {
  if (context.activity.channelId !== 'emulator') return;
  await context.sendTraceActivity(RECOGNIZER_TRACE_NAME, luisTraceInfo(result), LUIS_TRACE_TYPE, RECOGNIZER_TRACE_LABEL);
}
