import type { Account } from '../../data/types';
import type { DataRequest } from '../conversationMemory';
import { localDate } from '../../data/time';
import { formatDay } from '../format/dates';
import type { DialogServices } from '../services';
import { textsFor } from '../texts';
import type { TurnInfo } from '../turnInfo';

/**
 * "What was my balance on 1 October?": the past day the request names, or the last day of a past period
 * ("mon solde en octobre", "no, in October" after a balance) — its close, said as such in the answer,
 * never today's balance as if it answered. Undefined for today or a period that has not ended.
 */
export function pastDayOf(request: DataRequest, info: TurnInfo, timeZone: string): string | undefined {
  const period = request.entities.period?.[0];
  if (!period) return undefined;
  return period.end < localDate(info.now, timeZone) ? period.end : undefined;
}

/** The balance to show for an account: the current one, or the one at the end of a past day. */
export async function balanceCentsOn(services: Pick<DialogServices, 'transactions'>, customerId: string, account: Account, day: string | undefined): Promise<number> {
  if (!day) return account.balanceCents;
  return await services.transactions.balanceAt(customerId, account.id, day) ?? account.balanceCents;
}

/** "Vos soldes à la fin du jeudi 1er octobre :" */
export function pastBalancesIntro(info: TurnInfo, day: string, timeZone: string, accounts: number): string {
  return textsFor(info.language).pastBalancesIntro(formatDay(day, info.language, timeZone, info.now), accounts);
}
