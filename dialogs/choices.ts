import { ChoicePrompt, ListStyle, type Choice, type FindChoicesOptions, type PromptOptions } from 'botbuilder-dialogs';
import { MAX_QUICK_REPLIES, MAX_QUICK_REPLY_TITLE } from './replies';

export interface Option {
  id: string;
  /** The quick-reply title: what the customer taps, cut to Messenger's 20 characters. */
  title: string;
  /** The line that describes it in the question. */
  line: string;
}

/** A choice prompt whose question lists the options in full and whose quick replies name them briefly. */
export function choicePrompt(question: string, options: Option[]): PromptOptions {
  const shown = options.slice(0, MAX_QUICK_REPLIES);
  const choices: Choice[] = shown.map((option) => {
    const title = option.title.slice(0, MAX_QUICK_REPLY_TITLE);
    return { value: option.id, action: { type: 'imBack', title, value: title }, synonyms: [title] };
  });
  const text = [question, ...shown.map((option) => `• ${option.line}`)].join('\n');
  return { prompt: text, retryPrompt: text, choices, style: ListStyle.suggestedAction };
}

/** "last", "latest", "dernier": the customer wants the most recent one, not a choice. */
export function asksForLatest(folded: string): boolean {
  return /\b(?:last|latest|most recent|dernier|derniere|dernieres|derniers|recent)\b/.test(folded);
}

/**
 * Choices are taken by their titles only: "what was my balance on 1 October?" must not pick option 1.
 * The interruption check in `InterruptibleDialog` recognizes the same way.
 */
export const CHOICE_RECOGNITION: FindChoicesOptions = { recognizeNumbers: false, recognizeOrdinals: false };

export function titleOnlyChoicePrompt(id: string): ChoicePrompt {
  const prompt = new ChoicePrompt(id);
  prompt.recognizerOptions = CHOICE_RECOGNITION;
  return prompt;
}
