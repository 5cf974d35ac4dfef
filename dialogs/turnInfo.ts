import type { TurnContext } from 'botbuilder';
import type { ChatUser, LinkState } from '../data/linkStore';
import type { BankRecognizerResult } from './recognized';
import type { IntentName } from './intents';
import type { Language } from '../data/language';

/**
 * What the bot worked out about this turn before any dialog runs: who is speaking, in which language,
 * to which customer they are linked, and what they asked. Lives in `turnState` for one turn only.
 */
export interface TurnInfo {
  user: ChatUser;
  language: Language;
  /** Whether this message's own words gave its language; otherwise `language` is the conversation's. */
  languageShown: boolean;
  link: LinkState;
  result: BankRecognizerResult;
  now: Date;
  /** The request's source (client address) where one is known: link-code failures are also counted by it. */
  source?: string;
}

const TURN_INFO = Symbol('TurnInfo');

export function setTurnInfo(context: TurnContext, info: TurnInfo): void {
  context.turnState.set(TURN_INFO, info);
}

export function turnInfo(context: TurnContext): TurnInfo {
  const info = context.turnState.get(TURN_INFO) as TurnInfo | undefined;
  if (!info) throw new Error('TurnInfo missing: the bot sets it before running dialogs');
  return info;
}

/** The same, or undefined when the message stopped before it was read (the rate limit). */
export function findTurnInfo(context: TurnContext): TurnInfo | undefined {
  return context.turnState.get(TURN_INFO) as TurnInfo | undefined;
}

/** The linked customer of this turn, or null when the chat is not (or no longer) linked. */
export function linkedCustomerId(info: TurnInfo): string | null {
  return info.link.kind === 'linked' ? info.link.customerId : null;
}

/** Highest-scoring intent; `None` when there is none. */
export function topIntentOf(result: BankRecognizerResult): IntentName {
  let best: IntentName = 'None';
  let bestScore = -1;
  for (const [name, { score = 0 }] of Object.entries(result.intents)) {
    if (score > bestScore) {
      best = name as IntentName;
      bestScore = score;
    }
  }
  return best;
}
