import { ActivityHandler, type BotState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { runDialog, type DialogState, type Dialog } from 'botbuilder-dialogs';
import type { Clock } from './clock';
import type { LinkStore } from '../data/linkStore';
import { setTurnInfo, topIntentOf, type TurnInfo } from '../dialogs/turnInfo';
import { startingPoints } from '../dialogs/mainDialog';
import { textsFor } from '../dialogs/texts';
import { withQuickReplies } from '../dialogs/replies';
import type { Logger } from './logger';
import type { MessageRecognizer } from './messageRecognizer';
import type { CustomerVocabulary, Language } from './nlu/types';
import { sendRecognitionTrace } from './recognitionTrace';
import { languageOfLocale } from './language';

/** Longest text the recognizer reads: a chat question is a sentence, not a page. */
const MAX_RECOGNIZED_LENGTH = 500;

export interface BankBotDeps {
  conversationState: BotState;
  userState: BotState;
  dialog: Dialog;
  recognizer: MessageRecognizer;
  links: LinkStore;
  vocabulary: (customerId: string) => CustomerVocabulary;
  clock: Clock;
  timeZone: string;
  logger: Logger;
}

/**
 * Turn handling: work out who is speaking, in which language and what they asked, then let the main
 * dialog answer. Shared by every conversation: all per-conversation data goes through state accessors.
 */
export class BankBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly lastLanguage: StatePropertyAccessor<Language | undefined>;

  constructor(private readonly deps: BankBotDeps) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.lastLanguage = deps.conversationState.createProperty<Language | undefined>('language');

    this.onMessage(async (context, next) => {
      const started = Date.now();
      const info = await this.understand(context);
      setTurnInfo(context, info);
      await this.lastLanguage.set(context, info.language);
      await sendRecognitionTrace(context, info.result);
      await runDialog(deps.dialog, context, this.dialogState);
      deps.logger.info({ turn: context.activity.id, channel: context.activity.channelId, intent: topIntentOf(info.result),
        linked: info.link.kind, ms: Date.now() - started }, 'turn');
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const language = languageOfLocale(context.activity.locale);
      const texts = textsFor(language);
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id === context.activity.recipient?.id) continue;
        const linked = this.deps.links.link(this.chatUser(context, member.id), deps.clock.now()).kind === 'linked';
        const text = linked ? texts.welcome : `${texts.welcome}\n\n${texts.welcomeUnlinked}`;
        await context.sendActivity(withQuickReplies(text, startingPoints(texts, linked)));
      }
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.userState.saveChanges(context, false);
  }

  private async understand(context: TurnContext): Promise<TurnInfo> {
    const now = this.deps.clock.now();
    const user = this.chatUser(context, context.activity.from.id);
    const link = this.deps.links.link(user, now);
    const remembered = await this.lastLanguage.get(context);
    const text = (context.activity.text ?? '').slice(0, MAX_RECOGNIZED_LENGTH);
    const result = this.deps.recognizer.recognize(text, {
      localeHint: remembered ?? context.activity.locale,
      vocabulary: link.kind === 'linked' ? this.deps.vocabulary(link.customerId) : undefined,
      now,
      timeZone: this.deps.timeZone,
    });
    return { user, language: result.entities.language, link, result, now };
  }

  private chatUser(context: TurnContext, userId: string) {
    return { channelId: context.activity.channelId, userId };
  }
}
