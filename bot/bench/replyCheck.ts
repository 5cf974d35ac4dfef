/**
 * Whether a reply measured by `npm run bench` is a real answer: HTTP 200, `expectReplies` activities,
 * none of the bot's refusals or error texts, and the shape the question calls for.
 */
import type { Activity } from 'botbuilder';
import { textsFor } from '../../dialogs/texts';
import type { Question } from './conversations';

const REFUSALS = new Set((['fr', 'en'] as const).flatMap((language) => {
  const texts = textsFor(language);
  return [texts.notUnderstood, texts.error, texts.needLink, texts.linkExpired, texts.tooManyMessages];
}));

/** Null when the reply is right, otherwise why not (short, without the customer's data). */
export function wrongBotReply(status: number, body: string, question: Question, shop: string): string | null {
  const activities = activitiesOf(status, body);
  if (typeof activities === 'string') return activities;
  const messages = activities.filter((activity) => activity.type === 'message');
  if (messages.length === 0) return `${question.kind}: no message`;
  if (messages.some((message) => REFUSALS.has(message.text ?? ''))) return `${question.kind}: refused or failed`;
  const text = messages.map((message) => message.text ?? '').join('\n');
  const cards = messages.some((message) => (message.attachments ?? []).length > 0);
  switch (question.kind) {
    case 'balance':
    case 'latest':
      return /\d.*€|€.*\d/s.test(text) ? null : `${question.kind}: no amount in the reply`;
    case 'total':
      // "Nothing spent at X" is a right answer; a total that does not name the merchant is a broader one.
      return question.merchant && text.includes(question.merchant) ? null : `total: the reply does not name the merchant (${question.merchant})`;
    case 'receipt':
    case 'delivery':
      return cards || text.includes(shop) ? null : `${question.kind}: the reply names no ${question.kind}`;
  }
}

/** Null when the echo (of the echo bot or bare express) says back what was sent. */
export function wrongEcho(status: number, body: string, sent: string): string | null {
  const activities = activitiesOf(status, body);
  if (typeof activities === 'string') return activities;
  return activities.some((activity) => activity.text === `echo: ${sent}`) ? null : 'echo: not the text sent';
}

function activitiesOf(status: number, body: string): Partial<Activity>[] | string {
  if (status !== 200) return `HTTP ${status}`;
  try {
    const parsed = JSON.parse(body) as { activities?: Partial<Activity>[] };
    return Array.isArray(parsed.activities) ? parsed.activities : 'no activities in the body';
  } catch {
    return 'body is not JSON';
  }
}
