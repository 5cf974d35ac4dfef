import { randomUUID } from 'node:crypto';
import type { Activity, ActivityHandlerBase, BotState, CloudAdapter } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, type AuthenticateRequestResult } from 'botframework-connector';
import type { Clock } from '../infra/clock';
import type { ConversationLog, WebConversation } from './conversationLog';
import { turnTraces, watchAnsweringDialog } from './turnTrace';
import { WEBCHAT_SERVICE_URL, webConnectorFactory } from './webConnector';

export const WEBCHAT_CHANNEL_ID = 'webchat';
/** Who the customer talks to on the web: replies carry it as `from` (role `bot`, as in Emulator transcripts). */
export const BOT_ACCOUNT = { id: 'bank-assistant', name: 'Bank assistant', role: 'bot' };
/** Longest message a customer may type on the page (the bot reads the first 500 characters). */
export const MAX_TEXT_LENGTH = 2000;

export interface WebChannelDeps {
  adapter: CloudAdapter;
  bot: ActivityHandlerBase;
  /** The state that holds the dialog stack: per chat user in a conversation (botbuilder's PrivateConversationState). */
  dialogStateOwner: BotState;
  log: ConversationLog;
  clock: Clock;
  /** MicrosoftAppId: the turns' identity is the bot's own, as for a proactive turn. */
  botAppId?: string;
}

/** What the page may post: a message with text, or a card's button (`value`), and nothing else. */
export interface PagePost { text?: string; value?: unknown; locale?: string; clientActivityID?: string }

/**
 * The web chat channel's side of a turn: it builds the activity the bot receives (channel `webchat`,
 * `from.id` taken from the token, never from the page), and runs it through the same CloudAdapter,
 * middleware and bot as every channel. Replies reach the conversation log through the web connector.
 */
export class WebChannel {
  private readonly auth: AuthenticateRequestResult;
  private readonly turns = new Map<string, Promise<void>>();

  constructor(private readonly deps: WebChannelDeps) {
    this.auth = {
      audience: '',
      // The bot's own identity (audience and app id claims), as CloudAdapter gives a proactive turn.
      claimsIdentity: new ClaimsIdentity([
        { type: AuthenticationConstants.AudienceClaim, value: deps.botAppId ?? '' },
        { type: AuthenticationConstants.AppIdClaim, value: deps.botAppId ?? '' },
      ]),
      connectorFactory: webConnectorFactory(deps.log, deps.clock),
    };
  }

  /** A new conversation: the bot sees its member arrive (and welcomes them), as Direct Line does. */
  async open(conversation: WebConversation, locale: string | undefined): Promise<void> {
    await this.run(conversation, { ...this.base(conversation, locale), type: 'conversationUpdate', id: randomUUID(),
      membersAdded: [{ id: conversation.userId, name: '' }] });
  }

  /** The page's message: shown back to the page at once (its watermark), then answered. Returns its id. */
  async post(conversation: WebConversation, post: PagePost): Promise<string> {
    const message: Partial<Activity> = {
      ...this.base(conversation, post.locale),
      type: 'message',
      text: post.text ?? '',
      textFormat: 'plain',
      ...(post.value !== undefined ? { value: post.value } : {}),
      channelData: post.clientActivityID ? { clientActivityID: post.clientActivityID } : undefined,
    };
    const id = this.deps.log.append(conversation.id, message, this.deps.clock.now()) as string;
    await this.run(conversation, { ...message, id });
    return id;
  }

  /** One turn at a time per conversation: the second message waits for the first one's state to be saved. */
  private run(conversation: WebConversation, activity: Partial<Activity>): Promise<void> {
    const previous = this.turns.get(conversation.id) ?? Promise.resolve();
    const turn = previous.then(() => this.runNow(conversation, activity));
    const settled = turn.catch(() => undefined);
    this.turns.set(conversation.id, settled);
    void settled.then(() => {
      if (this.turns.get(conversation.id) === settled) this.turns.delete(conversation.id);
    });
    return turn;
  }

  private async runNow(conversation: WebConversation, activity: Partial<Activity>): Promise<void> {
    const started = performance.now();
    let traces: Partial<Activity>[] = [];
    await this.deps.adapter.processActivityDirect(this.auth, activity as Activity, async (context) => {
      const answeringStack = conversation.console ? watchAnsweringDialog(context, this.deps.dialogStateOwner) : undefined;
      await this.deps.bot.run(context);
      // The context is revoked once the turn ends: what the console shows of it is read now.
      if (answeringStack) traces = turnTraces(context, answeringStack(), Math.round(performance.now() - started));
    });
    for (const trace of traces) {
      this.deps.log.append(conversation.id, { ...this.base(conversation, activity.locale), ...trace, from: BOT_ACCOUNT,
        recipient: { id: conversation.userId, name: '', role: 'user' } }, this.deps.clock.now());
    }
  }

  private base(conversation: WebConversation, locale: string | undefined): Partial<Activity> {
    return {
      channelId: WEBCHAT_CHANNEL_ID,
      serviceUrl: WEBCHAT_SERVICE_URL,
      conversation: { id: conversation.id } as Activity['conversation'],
      from: { id: conversation.userId, role: 'user' } as Activity['from'],
      recipient: BOT_ACCOUNT as Activity['recipient'],
      locale: locale && /^[a-z]{2}(-[A-Z]{2})?$/.test(locale) ? locale : undefined,
      timestamp: this.deps.clock.now(),
    };
  }
}
