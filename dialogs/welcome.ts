import type { Activity, TurnContext } from 'botbuilder';
import type { IntentName } from './intents';
import type { Language } from '../data/language';
import type { DialogServices } from './services';
import { textsFor, type Texts } from './texts';
import { turnInfo } from './turnInfo';
import { withQuickReplies } from './replies';

/** Channels that announce a new conversation with a conversationUpdate, which the bot welcomes already. */
const CHANNELS_THAT_ANNOUNCE_MEMBERS = new Set(['emulator', 'webchat', 'directline', 'msteams']);

/**
 * Messenger sends no conversationUpdate: a conversation's first message gets the welcome before its
 * answer. A greeting is answered by the welcome alone (with the quick replies), and linking is not
 * preceded by it, as its reply already welcomes the customer by name. Returns true when the welcome
 * was the whole answer.
 */
export async function welcomeOnFirstContact(
  services: Pick<DialogServices, 'memory'>, context: TurnContext, intent: IntentName,
): Promise<boolean> {
  if (CHANNELS_THAT_ANNOUNCE_MEMBERS.has(context.activity.channelId)) return false;
  if (await services.memory.greeted.get(context, false)) return false;
  await services.memory.greeted.set(context, true);
  if (intent === 'LinkAccount') return false;
  const info = turnInfo(context);
  const texts = textsFor(info.language);
  if (intent !== 'Greeting') {
    await context.sendActivity(texts.welcome);
    return false;
  }
  await context.sendActivity(welcomeReply(info.language, info.link.kind === 'linked'));
  return true;
}

/** The welcome, with what to do first: how to link when the chat is not linked yet. */
export function welcomeReply(language: Language, linked: boolean): Partial<Activity> {
  const texts = textsFor(language);
  const text = linked ? texts.welcome : `${texts.welcome}\n\n${texts.welcomeUnlinked}`;
  return withQuickReplies(text, startingPoints(texts, linked));
}

/** The quick replies that open a conversation: what the bot can do, or how to start when unlinked. */
export function startingPoints(texts: Texts, linked: boolean): string[] {
  const q = texts.quick;
  return linked ? [q.balance, q.transactions, q.receipts, q.deliveries, q.help] : [q.link, q.help];
}
