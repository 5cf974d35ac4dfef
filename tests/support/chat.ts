import type { Activity } from 'botbuilder';
import { linkChatUser, testAdapter, type TestBot } from './testBot';

export interface Chat {
  /** Sends a message and returns every activity the bot sent back in that turn, in order. */
  say(text: string): Promise<Partial<Activity>[]>;
  /** Texts of the message replies of one turn. */
  texts(text: string): Promise<string[]>;
}

/** A linked customer chatting on a channel; the first turn ("bonjour"/"hello") takes the welcome out of the way. */
export async function chatAs(bot: TestBot, customerId: string, options: { channelId?: string; userId?: string; locale?: string } = {}): Promise<Chat> {
  const user = { channelId: options.channelId ?? 'facebook', userId: options.userId ?? 'user1' };
  await linkChatUser(bot, user, customerId);
  const adapter = testAdapter(bot, user, options.locale ?? 'fr-FR');
  const say = async (text: string) => {
    await adapter.send(text);
    return adapter.activeQueue.splice(0);
  };
  const texts = async (text: string) => (await say(text)).filter((a) => a.type === 'message').map((a) => a.text ?? '');
  await say(options.locale === 'en-GB' ? 'hello' : 'bonjour');
  return { say, texts };
}
