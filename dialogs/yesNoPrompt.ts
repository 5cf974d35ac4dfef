import type { TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import { foldText } from '../data/textFolding';
import type { PendingQuestion } from './conversation/pendingQuestion';
import { withQuickReplies } from './replies';
import { textsFor } from './texts';
import { turnInfo } from './turnInfo';

/** What a dialog passes to `step.prompt` for a yes/no question. */
export interface YesNoQuestion extends PromptOptions {
  question: string;
  /** The quick replies' titles, each also accepted typed in full ("Oui, effacer"). */
  yes: string;
  no: string;
  /**
   * An offer ("voulez-vous un conseiller ?") lapses on any other message, which is then answered as a
   * message of its own; a confirmation (erasing the customer's data) is asked again instead.
   */
  offer: boolean;
}

/**
 * The one yes/no question of the dialogs: "oui", "ok", "d'accord", "yes please", "non merci"… as the
 * recognizer reads them (`yesNo`), or either quick reply typed in full.
 */
export class YesNoPrompt extends Prompt<boolean> implements PendingQuestion {
  constructor(dialogId: string) {
    super(dialogId);
  }

  answers(context: TurnContext, options: unknown): boolean {
    return answerOf(context, options as YesNoQuestion) !== undefined;
  }

  lapses(options: unknown): boolean {
    return (options as YesNoQuestion).offer;
  }

  protected override async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const { question, yes, no } = options as YesNoQuestion;
    const texts = textsFor(turnInfo(context).language);
    const text = isRetry ? texts.question.retryYesNo : question;
    await context.sendActivity(withQuickReplies(text, isRetry ? [yes, no, texts.quick.cancel] : [yes, no]));
  }

  protected override async onRecognize(context: TurnContext, _state: object, options: PromptOptions): Promise<PromptRecognizerResult<boolean>> {
    const answer = answerOf(context, options as YesNoQuestion);
    return answer === undefined ? { succeeded: false } : { succeeded: true, value: answer };
  }
}

function answerOf(context: TurnContext, question: YesNoQuestion): boolean | undefined {
  const { result } = turnInfo(context);
  const folded = foldText(result.text ?? '');
  if (folded === foldText(question.yes)) return true;
  if (folded === foldText(question.no)) return false;
  const said = result.entities.yesNo?.[0];
  return said === undefined ? undefined : said === 'yes';
}
