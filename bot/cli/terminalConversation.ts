import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { BotClient } from './botClient';
import { renderActivity } from './renderActivity';

/** Where the chat reads typed lines from and writes to (the terminal, or a test's streams). */
export interface ChatIo {
  lines: AsyncIterator<string>;
  write(text: string): void;
}

/**
 * One terminal user talking to the bot: every message carries the same user, conversation and locale,
 * and the latest suggested replies are remembered so that typing their number sends them.
 */
export class TerminalConversation {
  private choices: string[] = [];
  private readonly user = { id: `terminal-user-${randomUUID()}`, name: 'You' };
  private readonly conversation = { id: `terminal-${randomUUID()}`, isGroup: false, conversationType: 'personal', name: '' };

  constructor(private readonly client: BotClient, private readonly io: ChatIo, readonly locale: string) {}

  /** Announces the user as a channel does when a chat opens; the bot answers with its welcome. */
  open(): Promise<void> {
    return this.post({ type: 'conversationUpdate', membersAdded: [this.user] });
  }

  /** Sends what the user typed, or the suggested reply whose number they typed. */
  say(typed: string): Promise<void> {
    const picked = /^\d+$/.test(typed) ? this.choices[Number(typed) - 1] : undefined;
    return this.post({ type: 'message', id: randomUUID(), text: picked ?? typed });
  }

  /** Prints one activity from the bot: its replies, and proactive messages arriving at the serviceUrl. */
  show(activity: Partial<Activity>): void {
    if (activity.type !== 'message') return;
    const rendered = renderActivity(activity);
    if (rendered.choices.length > 0) this.choices = rendered.choices;
    this.io.write(`bot> ${rendered.lines.join('\n     ')}\n`);
  }

  private async post(activity: Partial<Activity>): Promise<void> {
    this.choices = [];
    try {
      const replies = await this.client.send({ ...activity, from: this.user, conversation: this.conversation, locale: this.locale });
      for (const reply of replies) this.show(reply);
    } catch (error) {
      this.io.write(`(${(error as Error).message}. If it stopped, start it again with "npm start", then type your message again.)\n`);
    }
  }
}
