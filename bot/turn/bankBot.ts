import { ActivityHandler, type BotState, type ChannelAccount, type InvokeResponse, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { runDialog, type DialogState, type Dialog } from 'botbuilder-dialogs';
import type { Clock } from '../infra/clock';
import type { LinkStore } from '../../data/linkStore';
import { welcomeReply } from '../../dialogs/welcome';
import type { Logger } from '../infra/logger';
import { answerLanguageOf } from '../../dialogs/answerLanguage';
import type { ConversationMemory } from '../../dialogs/conversationMemory';
import type { Language } from '../nlu/types';

export interface BankBotDeps {
  conversationState: BotState;
  /** Where the dialog stack lives: the chat user's own state in the conversation, never shared with another participant. */
  privateState: BotState;
  dialog: Dialog;
  links: LinkStore;
  clock: Clock;
  logger: Logger;
  /** Marks the conversation greeted, so that its first message is not welcomed a second time. */
  memory?: ConversationMemory;
  /** The language of a customer in the bank's records: a linked user's new chat is welcomed in it. */
  customerLanguage?: (customerId: string) => Promise<Language | undefined>;
}

/**
 * Turn handling: messages go to the main dialog (the `Understanding` middleware has already read them);
 * new members get a welcome. Shared by every conversation: per-conversation data lives in state.
 */
export class BankBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(private readonly deps: BankBotDeps) {
    super();
    this.dialogState = deps.privateState.createProperty<DialogState>('dialogState');

    this.onMessage(async (context, next) => {
      // The turn's log line and metrics are the TurnObserver's (outermost middleware).
      await runDialog(deps.dialog, context, this.dialogState);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const member = newUserOf(context);
      if (member) {
        const user = { channelId: context.activity.channelId, userId: member.id };
        const link = await deps.links.link(user, deps.clock.now());
        const linked = link.kind === 'linked';
        const recorded = linked ? await deps.customerLanguage?.(link.customerId) : undefined;
        await context.sendActivity(welcomeReply(recorded ?? answerLanguageOf(context.activity.locale), linked));
        await deps.memory?.greeted.set(context, true);
      }
      await next();
    });
  }

  /** The bot serves no invoke (card actions, task modules): a client error, not botbuilder's 501. */
  protected override async onInvokeActivity(): Promise<InvokeResponse> {
    return { status: 400 };
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.privateState.saveChanges(context, false);
  }
}

/**
 * The one member a `conversationUpdate` welcomes: the sender when they are among those added (the
 * Emulator, Web Chat), else the first added member who is not the bot. One welcome per activity, however
 * many members it lists: 5,000 members used to mean 5,000 messages.
 */
function newUserOf(context: TurnContext): ChannelAccount | undefined {
  const { membersAdded = [], recipient, from } = context.activity;
  const people = membersAdded.filter((member) => member?.id && member.id !== recipient?.id);
  return people.find((member) => member.id === from?.id) ?? people[0];
}
