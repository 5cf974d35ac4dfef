import type { Middleware, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Clock } from './clock';
import type { LinkStore } from '../data/linkStore';
import { setTurnInfo } from '../dialogs/turnInfo';
import type { MessageRecognizer } from './messageRecognizer';
import type { CustomerVocabulary, Language } from './nlu/types';
import { sendRecognitionTrace } from './recognitionTrace';
import { requestSource } from './requestSource';

/** Longest text the recognizer reads: a chat question is a sentence, not a page. */
const MAX_RECOGNIZED_LENGTH = 500;

export interface UnderstandingDeps {
  recognizer: MessageRecognizer;
  links: LinkStore;
  vocabulary: (customerId: string) => CustomerVocabulary;
  /** The language of the conversation's previous message: the hint for short, ambiguous ones. */
  lastLanguage: StatePropertyAccessor<Language | undefined>;
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
    const link = this.deps.links.link(user, now);
    const remembered = await this.deps.lastLanguage.get(context);
    const text = (context.activity.text ?? '').slice(0, MAX_RECOGNIZED_LENGTH);
    const result = this.deps.recognizer.recognize(text, {
      localeHint: remembered ?? context.activity.locale,
      vocabulary: link.kind === 'linked' ? this.deps.vocabulary(link.customerId) : undefined,
      now,
      timeZone: this.deps.timeZone,
    });
    const language = result.entities.language;
    await this.deps.lastLanguage.set(context, language);
    setTurnInfo(context, { user, language, link, result, now, source: requestSource() });
    await sendRecognitionTrace(context, result);
    await next();
  }
}
