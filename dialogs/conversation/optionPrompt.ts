import type { TurnContext } from 'botbuilder';
import { ChoicePrompt, type PromptOptions, type PromptRecognizerResult, type FoundChoice } from 'botbuilder-dialogs';
import { isConfidentDataQuestion } from './newRequest';
import { pickedOption, type Option } from './options';
import type { PendingQuestion } from './pendingQuestion';
import { MAX_QUICK_REPLIES, withQuickReplies } from '../replies';
import { textsFor } from '../texts';
import { turnInfo } from '../turnInfo';

/** What a data dialog passes to `step.prompt` for a choice. */
export interface OptionQuestion extends PromptOptions {
  question: string;
  options: Option[];
}

/** A choice whose question numbers the options in full and whose quick replies send each one's full name. */
export function optionQuestion(question: string, options: Option[]): OptionQuestion {
  return { question, options: options.slice(0, MAX_QUICK_REPLIES) };
}

/**
 * The one choice prompt of the dialogs. It takes the tapped quick reply, a number, an ordinal, "the
 * latest", or a word that names one option (see `pickedOption`); asked again, it says how to answer and
 * how to leave. The main dialog's interruptions decide first whether the message is a new question.
 */
export class OptionPrompt extends ChoicePrompt implements PendingQuestion {
  answers(context: TurnContext, options: unknown): boolean {
    return this.pick(context, options as OptionQuestion) !== undefined;
  }

  protected override async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const { question, options: shown } = options as OptionQuestion;
    const texts = textsFor(turnInfo(context).language);
    const heading = isRetry ? texts.question.retryChoice(shown.length) : question;
    const lines = shown.map((option, index) => `${index + 1}. ${option.line}`);
    const titles = shown.map((option) => option.title);
    await context.sendActivity(withQuickReplies([heading, ...lines].join('\n'), isRetry ? [...titles, texts.quick.cancel] : titles));
  }

  protected override async onRecognize(context: TurnContext, _state: object, options: PromptOptions): Promise<PromptRecognizerResult<FoundChoice>> {
    const question = options as OptionQuestion;
    const picked = this.pick(context, question);
    if (!picked) return { succeeded: false };
    return { succeeded: true, value: { value: picked.id, index: question.options.indexOf(picked), score: 1 } };
  }

  private pick(context: TurnContext, question: OptionQuestion): Option | undefined {
    const { result } = turnInfo(context);
    return pickedOption(question.options, result.text, result.entities, !isConfidentDataQuestion(result));
  }
}
