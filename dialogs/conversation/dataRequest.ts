import type { TurnContext } from 'botbuilder';
import type { DateRange } from '../../data/types';
import type { RecognizedEntities } from '../recognized';
import { localDate } from '../../data/time';
import { FOLLOWED_UP_INTENTS } from '../intents';
import type { ConversationMemory, DataRequest } from '../conversationMemory';
import { shiftPeriod } from './periodShift';
import { unnamedPeriod } from '../transactions/transactionScope';
import { topIntentOf, type TurnInfo } from '../turnInfo';

/** The slots of a data question; a follow-up replaces the ones it names and keeps the others. */
const SLOTS = ['period', 'dayKind', 'account', 'merchant', 'category', 'notMerchant', 'notCategory', 'orderNumber', 'amount', 'direction', 'transactionView', 'averagePer', 'count'] as const;
/** What the question is about: naming one replaces the others ("non plutôt chez Amazon" after groceries). */
const SUBJECT = ['merchant', 'category', 'orderNumber'] as const;

/**
 * The one request path of every data dialog: the request of this message, built on the previous one when
 * it is a follow-up. A follow-up is a message that moves the period ("et le mois d'avant ?"), or names
 * slots with a follow-up or correction marker ("et sur le livret A ?", "non, en novembre") or with no
 * intent of its own ("chez Amazon ?"). It keeps the previous intent, whatever its few words suggest ("et
 * sur le livret A" reads like a balance after a question about spending). A new data question starts
 * afresh. Stores what it returns, but for an insight (answered whole, see `subjectQuestion`). A request to
 * change what the assistant only reads ("cancel my Amazon order") is none, nor is advice: it names a shop, but shows nothing.
 */
export async function dataRequestOf(
  context: TurnContext, memory: ConversationMemory, info: TurnInfo, timeZone: string,
): Promise<DataRequest | null> {
  const intent = topIntentOf(info.result);
  const entities = info.result.entities;
  // Nor is what is not answered ("is it worth keeping my Netflix subscription?" is advice): the shop it names asks for nothing.
  if (entities.readOnlyAction?.length || entities.notAnswered?.length) return null;
  const previous = await memory.lastRequest.get(context);
  let request = subjectQuestion(intent, entities, previous) ?? previousReceipt(intent, entities, previous);
  if (request) {
    if (!FOLLOWED_UP_INTENTS.has(request.intent)) return request;
  } else if (previous && mayContinue(intent, entities) && continuesPrevious(intent, entities, previous.intent)) {
    request = { intent: previous.intent, entities: followUpEntities(previous, entities, info, timeZone), offset: 0 };
  } else if (FOLLOWED_UP_INTENTS.has(intent)) {
    request = { intent: intent as DataRequest['intent'], entities, offset: 0 };
  }
  if (request) await memory.lastRequest.set(context, request);
  return request;
}

/**
 * A message with no intent of its own that names what it is about, where the last question cannot carry
 * it, is a new question rather than a follow-up: "c'est quoi mon prélèvement netflix" names a recurring
 * payment (the `subscriptions` category), which a balance or an income question has no slot for; "et chez
 * Amazon ?" after a balance asks for the payments there. A Transactions request still narrows by it ("et
 * netflix ?" after a list of payments). An insight answered whole is not remembered: the last data request
 * stays the one a later "et sur le livret A ?" continues.
 */
function subjectQuestion(intent: string, entities: RecognizedEntities, previous: DataRequest | undefined): DataRequest | null {
  if (intent !== 'None' || !SUBJECT.some((key) => entities[key]?.length)) return null;
  if (previous?.intent === 'Transactions' || previous?.intent === 'Receipt' || previous?.intent === 'Delivery') return null;
  if (entities.category?.includes('subscriptions')) return { intent: 'Subscriptions', entities, offset: 0 };
  return previous?.intent === 'Balance' ? { intent: 'Transactions', entities, offset: 0 } : null;
}

/** "et celle d'avant ?" after a receipt: the customer's receipt bought just before the one shown, whatever its shop. */
function previousReceipt(intent: string, entities: RecognizedEntities, previous: DataRequest | undefined): DataRequest | null {
  if (previous?.intent !== 'Receipt' || !previous.receiptShownAt || !mayContinue(intent, entities)) return null;
  if (!entities.reference?.some((r) => r.kind === 'previous')) return null;
  return { intent: 'Receipt', entities: { language: entities.language, reference: [{ kind: 'previous' }] }, offset: 0, receiptShownAt: previous.receiptShownAt };
}

/** The previous request moved one page on, or null when there is no list to continue. */
export async function nextPageOf(
  context: TurnContext, memory: ConversationMemory, pageSize: (entities: RecognizedEntities) => number,
): Promise<DataRequest | null> {
  const previous = await memory.lastRequest.get(context);
  if (!previous || previous.intent !== 'Transactions') return null;
  // "voir plus" after "mes 3 dernières opérations" shows the next three.
  const next = { ...previous, offset: previous.offset + pageSize(previous.entities) };
  await memory.lastRequest.set(context, next);
  return next;
}

/**
 * The request a data dialog serves: the one the main dialog resolved, or this message's own (a waterfall
 * started without options gets `{}`, not undefined).
 */
export function requestOfStep(options: unknown, info: TurnInfo, intent: DataRequest['intent']): DataRequest {
  const given = options as Partial<DataRequest> | undefined;
  return given?.intent ? given as DataRequest : { intent, entities: info.result.entities, offset: 0 };
}

/**
 * Intents with no slots of their own: "et ce mois-ci ?", "non, en novembre" or "et le mois d'avant ?" may
 * read as a goodbye, a cancel or "show more" to the classifier, but with a follow-up marker and a slot (or
 * a period shift) they correct the last question.
 */
const SMALL_TALK = new Set(['Goodbye', 'Cancel', 'Greeting', 'Thanks', 'ShowMore']);

/** What confirms a request of another kind: "what about my privacy settings" has none, "and turn on updates" has one. */
const OWN_ENTITIES = ['privacy', 'notification', 'linkCode', 'elsewhere'] as const;

function mayContinue(intent: string, entities: RecognizedEntities): boolean {
  if (intent === 'None' || FOLLOWED_UP_INTENTS.has(intent)) return true;
  // "la précédente" after a receipt points back at it as surely as "et…" does.
  const marked = (entities.followUp?.length ?? 0) > 0 || (entities.periodShift?.length ?? 0) > 0
    || Boolean(entities.reference?.some((reference) => reference.kind === 'previous'));
  if (SMALL_TALK.has(intent)) return marked;
  // "what about Lidl?" may read as a privacy question; with a marker, a slot and nothing of its own, it follows up.
  return marked && !OWN_ENTITIES.some((key) => (entities[key]?.length ?? 0) > 0);
}

/**
 * A marker before a question of its own of another kind is a new question: "et mes dépenses de la semaine ?"
 * after a balance names its own money (spent) and has a possessive, where "et sur le livret A ?" names a slot.
 */
function continuesPrevious(intent: string, entities: RecognizedEntities, previousIntent: string): boolean {
  if (entities.periodShift?.length) return true;
  if (!SLOTS.some((key) => (entities[key]?.length ?? 0) > 0)) return false;
  const ownKindOfMoney = (entities.direction?.length ?? 0) > 0 || (entities.transactionView?.length ?? 0) > 0;
  if (entities.ownQuestion?.length && ownKindOfMoney && FOLLOWED_UP_INTENTS.has(intent) && intent !== previousIntent) return false;
  if ((entities.followUp?.length ?? 0) > 0) return true;
  // "ma commande chez Boulanger je l'ai payée combien" is a question of its own, not "chez Boulanger ?".
  return intent === 'None' && !entities.ownQuestion?.length;
}

function followUpEntities(previous: DataRequest, current: RecognizedEntities, info: TurnInfo, timeZone: string): RecognizedEntities {
  const merged: RecognizedEntities = { ...previous.entities, language: current.language };
  delete merged.reference;
  if (SUBJECT.some((key) => current[key]?.length)) for (const key of SUBJECT) delete merged[key];
  for (const key of SLOTS) {
    if (current[key]?.length) Object.assign(merged, { [key]: current[key] });
  }
  // "non pas en novembre, en septembre": a correction names what it replaces first, what it wants last.
  const periods = current.period ?? [];
  if (current.followUp?.includes('correct') && periods.length > 1) merged.period = [periods[periods.length - 1]];
  // "et en moyenne par mois ?" after one month's answer: a mean over that month alone would be its total again,
  // so the mean takes its own span (the last complete months). A span of several months is kept ("cette année").
  if (current.transactionView?.includes('average') && !current.period?.length && previous.entities.transactionView?.[0] !== 'average') {
    const carried = merged.period?.[0];
    if (carried && carried.start.slice(0, 7) === carried.end.slice(0, 7)) delete merged.period;
  }
  const shift = current.periodShift?.[0];
  if (shift) {
    const today = localDate(info.now, timeZone);
    merged.period = [shiftPeriod(previous.entities.period?.[0] ?? defaultPeriod(previous, info.now, timeZone), shift, today)];
  }
  return merged;
}

/** The period an answer covered when none was named: today for a balance, `unnamedPeriod` otherwise. */
function defaultPeriod(previous: DataRequest, now: Date, timeZone: string): DateRange {
  if (previous.intent !== 'Balance') return unnamedPeriod(now, timeZone);
  const today = localDate(now, timeZone);
  return { start: today, end: today };
}
