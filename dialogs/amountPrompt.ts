import type { TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import type { RecognizedEntities } from './recognized';
import type { PendingQuestion } from './conversation/pendingQuestion';
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
    const text = isRetry ? String(options.retryPrompt ?? texts.question.retryAmount) : String(options.prompt);
    await context.sendActivity(withQuickReplies(text, isRetry ? [texts.quick.cancel] : []));
  }

  /** With `validations: { currency }`, an amount named in another currency is not an answer (we do not convert). */
  protected override async onRecognize(context: TurnContext, _state: object, options: PromptOptions): Promise<PromptRecognizerResult<number>> {
    const entities = turnInfo(context).result.entities;
    const cents = amountAnswer(entities);
    const wanted = (options.validations as { currency?: string } | undefined)?.currency;
    const otherCurrency = wanted !== undefined && (entities.currency ?? []).some((currency: string) => currency !== wanted);
    return cents === undefined || otherCurrency ? { succeeded: false } : { succeeded: true, value: cents };
  }
}
