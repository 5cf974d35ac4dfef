/**
 * The unit layer of dialog tests: one dialog alone in botbuilder-testing's `DialogTestClient`, a stub in
 * place of the recognizer (each step says what the message was understood as), the tiny bank's stores.
 * Cases are data, as in core-bot's `testData`: the messages, what each was understood as, the exact
 * replies, and the status the dialog is left in.
 */
import type { Activity, Attachment, ConversationState, Middleware, TurnContext } from 'botbuilder';
import type { Dialog, DialogTurnStatus } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import type { BankRecognizerResult, IntentName, Language, RecognizedEntities } from '../../../bot/nlu/types';
import type { ChatUser, LinkState } from '../../../data/linkStore';
import { setTurnInfo } from '../../../dialogs/turnInfo';
import { NOW } from './tinyBank';

/** What the stub says a message meant: an intent and its entities (the language is the step's). */
export interface Understood {
  intent: IntentName;
  entities?: Omit<RecognizedEntities, 'language'>;
}

export interface DialogStep {
  user: string;
  understood: Understood;
  /** Every reply to the message, in order: its text, then a line for each attachment (`attachmentOf`); an event by its name. */
  replies: string[];
  /** The quick replies of the last reply, when the case is about them. */
  quickReplies?: string[];
}

export interface DialogCase {
  name: string;
  language?: Language;
  /** The customer the chat is linked to; `null` for an unlinked chat. */
  customer?: string | null;
  /** What the main dialog would pass the dialog (a resolved `DataRequest`). */
  options?: unknown;
  channelId?: string;
  steps: DialogStep[];
  /** Where the dialog is after the last step: `complete`, or `waiting` for an answer. */
  status: DialogTurnStatus;
}

/** Telegram shows no receipt cards: receipts come as text unless a case names a card channel. */
export const CHAT_USER: ChatUser = { channelId: 'telegram', userId: 'user1' };

/**
 * Stands where `Understanding` stands in the bot: sets the turn's `TurnInfo`, from the step's own
 * understanding instead of the classifier's.
 */
class StubUnderstanding implements Middleware {
  private readonly queue: Understood[] = [];

  constructor(private readonly language: Language, private readonly link: LinkState) {}

  understandNext(understood: Understood): void {
    this.queue.push(understood);
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const understood = this.queue.shift();
    if (!understood) throw new Error('the case gives no understanding for this message');
    const result: BankRecognizerResult = {
      text: context.activity.text ?? '',
      intents: { [understood.intent]: { score: 1 } },
      entities: { language: this.language, ...understood.entities },
    };
    const user = { channelId: context.activity.channelId, userId: CHAT_USER.userId };
    setTurnInfo(context, { user, language: this.language, languageShown: true, link: this.link, result, now: NOW });
    await next();
  }
}

function linkOf(customer: string | null | undefined): LinkState {
  if (customer === null) return { kind: 'none' };
  return { kind: 'linked', customerId: customer ?? 'c1', expiresAt: new Date(NOW.getTime() + 86_400_000) };
}

function replyOf(activity: Partial<Activity>): string {
  if (activity.type === 'event') return `[event] ${activity.name}`;
  if (activity.type !== 'message') throw new Error(`expected a message, got ${activity.type}`);
  return [activity.text, ...(activity.attachments ?? []).map(attachmentOf)].filter(Boolean).join('\n');
}

interface ReceiptCardContent {
  title: string;
  facts: { key: string; value: string }[];
  items: { title: string; price: string; quantity: string }[];
  tax: string;
  total: string;
}

/** A receipt card in one line per part, so that a case checks every figure on it; other attachments by type and name. */
function attachmentOf(attachment: Attachment): string {
  if (attachment.contentType !== 'application/vnd.microsoft.card.receipt') return `${attachment.contentType} ${attachment.name ?? ''}`.trim();
  const card = attachment.content as ReceiptCardContent;
  return [
    `[receipt card] ${card.title}`,
    ...card.facts.map((fact) => `${fact.key} ${fact.value}`),
    ...card.items.map((item) => `${item.quantity} × ${item.title} ${item.price}`),
    `tax ${card.tax}`,
    `total ${card.total}`,
  ].join('\n');
}

/** What a dialog keeping state of its own needs besides: its state, saved after each turn as the bot does. */
export interface CaseState {
  conversationState?: ConversationState;
  middlewares?: Middleware[];
}

/** Plays a case against a dialog and checks every reply and the status it ends in. */
export async function playCase(dialog: Dialog, testCase: DialogCase, state: CaseState = {}): Promise<DialogTestClient> {
  const understanding = new StubUnderstanding(testCase.language ?? 'fr', linkOf(testCase.customer));
  const middlewares = [understanding, ...(state.middlewares ?? [])];
  const client = new DialogTestClient(testCase.channelId ?? CHAT_USER.channelId, dialog, testCase.options, middlewares, state.conversationState);
  for (const step of testCase.steps) {
    understanding.understandNext(step.understood);
    const replies: Partial<Activity>[] = [await client.sendActivity(step.user)];
    for (let reply = client.getNextReply(); reply; reply = client.getNextReply()) replies.push(reply);
    expect(replies.filter(Boolean).map(replyOf)).toEqual(step.replies);
    if (step.quickReplies) {
      const last = replies[replies.length - 1];
      expect((last.suggestedActions?.actions ?? []).map((action) => String(action.title))).toEqual(step.quickReplies);
    }
  }
  expect(client.dialogTurnResult.status).toBe(testCase.status);
  return client;
}

/** Intl's narrow no-break space (French thousands) and no-break space (before €, inside a masked number). */
export const NNBSP = '\u202f';
export const NBSP = '\u00a0';

/** A card number as shown: "•••• 4242", held together by a no-break space. */
export function maskedCard(last: string): string {
  return `••••${NBSP}${last}`;
}

/** A masked account number as shown: "FR76 •••• •••• 0143", its groups held together by no-break spaces. */
export function masked(first: string, last: string): string {
  return [first, '••••', '••••', last].join(NBSP);
}

/**
 * French as typed in a test, as the customer sees it: a narrow no-break space before ? ! ; %, inside « »
 * and between groups of thousands, a no-break space before : and €. Only the expected text goes through it.
 */
export function french(text: string): string {
  return text
    .replace(/ ([?!;»%])/g, `${NNBSP}$1`)
    .replace(/« /g, `«${NNBSP}`)
    .replace(/ :/g, `${NBSP}:`)
    .replace(/(\d) (?=\d{3}\b)/g, `$1${NNBSP}`)
    .replace(/ €/g, `${NBSP}€`);
}
