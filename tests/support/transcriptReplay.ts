import type { Activity } from 'botbuilder';
import { linkChatUser, testAdapter, type TestBot } from './testBot';

/** What a replay compares of a bot message: what the customer sees. */
export interface Seen {
  text?: string;
  quickReplies?: string[];
  attachments?: { contentType?: string; content?: unknown }[];
}

const LINK_MESSAGE = /^(lier|link)\s+\S+$/i;

/** A transcript saved by Bot Framework Emulator: a JSON array of activities, both ways, with traces. */
export function userMessages(transcript: Partial<Activity>[]): string[] {
  return transcript.filter((a) => a.type === 'message' && a.from?.role === 'user').map((a) => a.text ?? '');
}

export function botMessages(transcript: Partial<Activity>[]): Seen[] {
  return transcript.filter((a) => a.type === 'message' && a.from?.role === 'bot').map(seen);
}

/**
 * Replays the customer's messages on the test bot (demo bank, frozen clock) as the customer named by the
 * file ("c1.fnac-receipt.transcript" is Camille). A "lier <code>" message gets a fresh code for that customer.
 */
export async function replay(bot: TestBot, customerId: string, transcript: Partial<Activity>[]): Promise<Seen[]> {
  const user = { channelId: 'emulator', userId: 'user1' };
  const adapter = testAdapter(bot, user, transcript.find((a) => a.locale)?.locale ?? 'fr-FR');
  const links = userMessages(transcript).some((text) => LINK_MESSAGE.test(text));
  if (!links) await linkChatUser(bot, user, customerId);
  const replies: Seen[] = [];
  for (const activity of transcript.filter((a) => a.from?.role === 'user')) {
    if (activity.type === 'conversationUpdate') {
      await adapter.processActivity({ type: 'conversationUpdate', membersAdded: activity.membersAdded });
    } else if (activity.type === 'message') {
      const text = activity.text ?? '';
      await adapter.send(LINK_MESSAGE.test(text) ? `${text.split(/\s+/)[0]} ${await bot.services.links.issueCode(customerId, bot.clock.now())}` : text);
    }
    replies.push(...adapter.activeQueue.splice(0).filter((a) => a.type === 'message').map(seen));
  }
  return replies;
}

function seen(activity: Partial<Activity>): Seen {
  const result: Seen = {};
  if (activity.text) result.text = activity.text;
  const titles = activity.suggestedActions?.actions.map((a) => String(a.title));
  if (titles?.length) result.quickReplies = titles;
  if (activity.attachments?.length) result.attachments = activity.attachments.map(({ contentType, content }) => ({ contentType, content }));
  return result;
}
