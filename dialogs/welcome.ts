import type { TurnContext } from 'botbuilder';
import type { IntentName } from '../bot/nlu/types';
import type { DialogServices } from './services';
import { textsFor } from './texts';
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
  services: Pick<DialogServices, 'memory'>, context: TurnContext, intent: IntentName, startingPoints: string[],
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
  const text = info.link.kind === 'linked' ? texts.welcome : `${texts.welcome}\n\n${texts.welcomeUnlinked}`;
  await context.sendActivity(withQuickReplies(text, startingPoints));
  return true;
}
