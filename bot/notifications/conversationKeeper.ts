import { TurnContext, type Middleware } from 'botbuilder';
import type { Clock } from '../infra/clock';
import type { ConversationReferenceStore } from '../../data/conversationReferenceStore';
import type { Language } from '../../data/language';
import type { LinkStore } from '../../data/linkStore';
import type { OutboxStore } from '../../data/outboxStore';
import { digestText } from '../../dialogs/notificationText';
import { turnInfo } from '../../dialogs/turnInfo';

export interface ConversationKeeperDeps {
  references: ConversationReferenceStore;
  outbox: OutboxStore;
  links: LinkStore;
  clock: Clock;
  timeZone: string;
}

/**
 * After each message of a linked chat user: remembers how to reach them (the conversation reference and
 * the time, which opens Messenger's 24-hour window), then sends what was held while the window was
 * closed, as one digest right after the reply. Runs after `Understanding`, whose TurnInfo it reads.
 */
export class ConversationKeeper implements Middleware {
  constructor(private readonly deps: ConversationKeeperDeps) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    await next();
    if (context.activity.type !== 'message') return;
    const info = turnInfo(context);
    // Read the link again: this very message may have linked the chat.
    const link = await this.deps.links.link(info.user, this.deps.clock.now());
    if (link.kind !== 'linked') return;
    await this.deps.references.save({
      ...info.user,
      customerId: link.customerId,
      language: info.language,
      reference: TurnContext.getConversationReference(context.activity),
      lastMessageAt: info.now,
    });
    await this.sendDigest(context, info.language);
  }

  private async sendDigest(context: TurnContext, language: Language): Promise<void> {
    const held = await this.deps.outbox.held(turnInfo(context).user);
    if (held.length === 0) return;
    const now = this.deps.clock.now();
    await context.sendActivity(digestText(held.map((item) => item.payload), language, this.deps.timeZone, now));
    for (const item of held) await this.deps.outbox.markSent(item.id, now);
  }
}
