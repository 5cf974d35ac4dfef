import type { Activity } from 'botbuilder';
import type { DataRequest } from '../conversationMemory';

/** The most shops × periods one message is answered for: past this, the answers would not fit a phone screen. */
const MAX_ANSWERS = 4;

/**
 * "mes dépenses chez Monoprix et Carrefour en novembre", "mes opérations chez Uber en novembre et en
 * octobre": one request for each shop and each period named, in the order named, so that none is
 * silently dropped. Each answer repeats its shop and period.
 */
export function eachAsked(request: DataRequest): DataRequest[] {
  const merchants = request.entities.merchant ?? [];
  const periods = request.entities.period ?? [];
  if (merchants.length < 2 && periods.length < 2) return [request];
  const merchantChoices = merchants.length > 0 ? merchants.map((m) => [m]) : [undefined];
  const periodChoices = periods.length > 0 ? periods.map((p) => [p]) : [undefined];
  const asked = merchantChoices.flatMap((merchant) => periodChoices.map((period) => ({
    ...request, entities: { ...request.entities, merchant, period },
  })));
  return asked.slice(0, MAX_ANSWERS);
}

/** Quick replies belong to the conversation's last message: on earlier ones they would be replaced at once. */
export function onlyLastWithQuickReplies(replies: Partial<Activity>[]): Partial<Activity>[] {
  return replies.map((reply, i) => (i === replies.length - 1 || !reply.suggestedActions ? reply : { ...reply, suggestedActions: undefined }));
}
