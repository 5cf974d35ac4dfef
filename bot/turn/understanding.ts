import type { Middleware, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Clock } from '../infra/clock';
import type { LinkStore } from '../../data/linkStore';
import { setTurnInfo } from '../../dialogs/turnInfo';
import type { MessageRecognizer } from './messageRecognizer';
import type { CustomerVocabulary, Language } from '../nlu/types';
import { sendRecognitionTrace } from './recognitionTrace';
import { showsLanguage } from '../nlu/language';
import { foldText } from '../nlu/text/normalize';
import { requestSource } from '../http/requestSource';

/** Longest text the recognizer reads: a chat question is a sentence, not a page. */
const MAX_RECOGNIZED_LENGTH = 500;

export interface UnderstandingDeps {
  recognizer: MessageRecognizer;
  links: LinkStore;
  vocabulary: (customerId: string) => Promise<CustomerVocabulary>;
  /** The conversation's language, set by the last message that showed one: kept by ambiguous ones. */
  lastLanguage: StatePropertyAccessor<Language | undefined>;
  /** The language of a customer in the bank's records (their `locale`). */
  customerLanguage: (customerId: string) => Promise<Language | undefined>;
  clock: Clock;
  timeZone: string;
}

/**
 * Before any dialog runs on a message: who is speaking, to which customer they are linked, in which
 * language, and what they asked (with the trace for the Emulator). Dialogs read the result from turn state.
 */
export class Understanding implements Middleware {
  constructor(private readonly deps: UnderstandingDeps) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type !== 'message') return next();
    const now = this.deps.clock.now();
    const user = { channelId: context.activity.channelId, userId: context.activity.from.id };
    const link = await this.deps.links.link(user, now);
    const remembered = await this.deps.lastLanguage.get(context);
    const text = (context.activity.text ?? '').slice(0, MAX_RECOGNIZED_LENGTH);
    // A message whose words show a language decides; else the conversation's language, else the
    // customer's own (a new chat once linked, also a tie-breaker), else the channel's (`chooseLanguage`).
    const result = this.deps.recognizer.recognize(text, {
      conversationLanguage: remembered,
      customerLocale: link.kind === 'linked' ? await this.deps.customerLanguage(link.customerId) : undefined,
      localeHint: context.activity.locale,
      vocabulary: link.kind === 'linked' ? await this.deps.vocabulary(link.customerId) : undefined,
      now,
      timeZone: this.deps.timeZone,
    });
    const language = result.entities.language;
    const languageShown = showsLanguage(foldText(text));
    if (languageShown) await this.deps.lastLanguage.set(context, language);
    setTurnInfo(context, { user, language, languageShown, link, result, now, source: requestSource() });
    await sendRecognitionTrace(context, result);
    await next();
  }
}
