import type { RecognizedEntities } from '../bot/nlu/types';
import { foldText } from '../bot/nlu/text/normalize';
import type { ConversationMemory, DataRequest } from './conversationMemory';
import { topIntentOf, type TurnInfo } from './turnInfo';
import type { TurnContext } from 'botbuilder';

/** The entities that narrow a data question; a follow-up replaces these and keeps the others. */
const CONTEXT_KEYS = ['period', 'account', 'merchant', 'category', 'amount', 'direction', 'transactionView'] as const;

/**
 * "et ce mois-ci ?", "and at Amazon?", "what about my savings?": an elliptic message continues the
 * previous question whatever intent its few words suggest ("et sur le livret A" reads like a balance).
 */
const ELLIPTIC_START = /^(?:et|and|what about|how about|same for|pareil pour|idem pour)\b/;

const DATA_INTENTS = new Set(['Balance', 'Transactions', 'Income', 'Receipt', 'Delivery']);

/**
 * The data request of this message, with the context of the previous one when it is a follow-up:
 * a message with nothing but narrowing entities (top intent None), or an elliptic one, merges its
 * entities into the previous request. A new data question starts afresh. Stores what it returns.
 */
export async function dataRequestOf(context: TurnContext, memory: ConversationMemory, info: TurnInfo): Promise<DataRequest | null> {
  const intent = topIntentOf(info.result);
  const entities = info.result.entities;
  const previous = await memory.lastRequest.get(context);
  let request: DataRequest | null = null;
  if (previous && narrows(entities) && (intent === 'None' || ELLIPTIC_START.test(foldText(info.result.text)))) {
    request = { intent: previous.intent, entities: merge(previous.entities, entities), offset: 0 };
  } else if (DATA_INTENTS.has(intent)) {
    request = { intent: intent as DataRequest['intent'], entities, offset: 0 };
  }
  if (request) await memory.lastRequest.set(context, request);
  return request;
}

/** The previous request moved one page on, or null when there is no list to continue. */
export async function nextPageOf(context: TurnContext, memory: ConversationMemory, pageSize: number): Promise<DataRequest | null> {
  const previous = await memory.lastRequest.get(context);
  if (!previous || previous.intent !== 'Transactions') return null;
  const next = { ...previous, offset: previous.offset + pageSize };
  await memory.lastRequest.set(context, next);
  return next;
}

function narrows(entities: RecognizedEntities): boolean {
  return CONTEXT_KEYS.some((key) => (entities[key]?.length ?? 0) > 0);
}

function merge(previous: RecognizedEntities, current: RecognizedEntities): RecognizedEntities {
  const merged: RecognizedEntities = { ...previous, language: current.language };
  for (const key of CONTEXT_KEYS) {
    if (current[key]?.length) Object.assign(merged, { [key]: current[key] });
  }
  return merged;
}

/** The request a data dialog serves: the one the main dialog resolved, or this message's own. */
export function requestOfStep(options: unknown, info: TurnInfo, intent: DataRequest['intent']): DataRequest {
  return (options as DataRequest | undefined) ?? { intent, entities: info.result.entities, offset: 0 };
}
