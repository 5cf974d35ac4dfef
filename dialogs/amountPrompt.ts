import type { TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import type { RecognizedEntities } from './recognized';
import type { PendingQuestion } from './pendingQuestion';
import { withQuickReplies } from './replies';
import { textsFor } from './texts';
import { turnInfo } from './turnInfo';

/** Largest amount a question accepts: 10 million in cents, far beyond any alert threshold. */
const MAX_CENTS = 1_000_000_000;

/** The amount a message gives, in cents: "100", "100 €", or "sous 100 €" said again in full. */
export function amountAnswer(entities: RecognizedEntities): number | undefined {
  const cents = entities.bareAmount?.[0]?.cents ?? entities.amount?.[0]?.cents;
  return cents !== undefined && cents > 0 && cents <= MAX_CENTS ? cents : undefined;
}

/** "Sous quel montant ?": waits for an amount, in cents, read by the recognizer. */
export class AmountPrompt extends Prompt<number> implements PendingQuestion {
  constructor(dialogId: string) {
    super(dialogId);
  }

  answers(context: TurnContext): boolean {
    return amountAnswer(turnInfo(context).result.entities) !== undefined;
  }

  protected override async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const texts = textsFor(turnInfo(context).language);
    const text = isRetry ? texts.question.retryAmount : String(options.prompt);
    await context.sendActivity(withQuickReplies(text, isRetry ? [texts.quick.cancel] : []));
  }

  protected override async onRecognize(context: TurnContext): Promise<PromptRecognizerResult<number>> {
    const cents = amountAnswer(turnInfo(context).result.entities);
    return cents === undefined ? { succeeded: false } : { succeeded: true, value: cents };
  }
}
