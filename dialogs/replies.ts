import { ActionTypes, MessageFactory, type Activity, type CardAction } from 'botbuilder';

/** Messenger's limits: at most 13 quick replies, 20 characters a title, 2,000 characters a message. */
export const MAX_QUICK_REPLIES = 13;
export const MAX_QUICK_REPLY_TITLE = 20;
export const MAX_MESSAGE_LENGTH = 2000;

/** A quick reply whose short title stands for a longer message ("Couper inhabituels" sends the full request). */
export interface QuickReply {
  title: string;
  value: string;
}

/** A text message with quick replies; each reply sends its own title (or its value) back as the user's message. */
export function withQuickReplies(text: string, titles: (string | QuickReply)[] = []): Partial<Activity> {
  const actions: CardAction[] = titles.slice(0, MAX_QUICK_REPLIES).map((reply) => {
    const { title, value } = typeof reply === 'string' ? { title: reply, value: reply } : reply;
    return { type: ActionTypes.ImBack, title: fitTitle(title), value };
  });
  const message = MessageFactory.text(fitMessage(text));
  if (actions.length > 0) message.suggestedActions = { actions, to: [] };
  return message;
}

/**
 * Lines that may not fit one message (a list of 50 operations): as few messages as hold them whole, each
 * under the channel's limit, the quick replies on the last one.
 */
export function inMessages(lines: string[], titles: (string | QuickReply)[] = []): Partial<Activity>[] {
  const texts: string[] = [];
  for (const line of lines) {
    const last = texts.length - 1;
    if (last >= 0 && texts[last].length + 1 + line.length <= MAX_MESSAGE_LENGTH) texts[last] += `\n${line}`;
    else texts.push(line);
  }
  return texts.map((text, index) => withQuickReplies(text, index === texts.length - 1 ? titles : []));
}

function fitTitle(title: string): string {
  return title.length <= MAX_QUICK_REPLY_TITLE ? title : `${title.slice(0, MAX_QUICK_REPLY_TITLE - 1)}…`;
}

function fitMessage(text: string): string {
  return text.length <= MAX_MESSAGE_LENGTH ? text : `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}
