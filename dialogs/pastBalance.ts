import type { Account } from '../data/types';
import type { DataRequest } from './conversationMemory';
import { localDate } from '../data/time';
import { formatDay } from './format/dates';
import type { DialogServices } from './services';
import { textsFor } from './texts';
import type { TurnInfo } from './turnInfo';

/** "What was my balance on 1 October?": a single past day the request names, or undefined. */
export function pastDayOf(request: DataRequest, info: TurnInfo, timeZone: string): string | undefined {
  const period = request.entities.period?.[0];
  if (!period || period.start !== period.end) return undefined;
  return period.start < localDate(info.now, timeZone) ? period.start : undefined;
}

/** The balance to show for an account: the current one, or the one at the end of a past day. */
export function balanceCentsOn(services: Pick<DialogServices, 'transactions'>, customerId: string, account: Account, day: string | undefined): number {
  if (!day) return account.balanceCents;
  return services.transactions.balanceAt(customerId, account.id, day) ?? account.balanceCents;
}

/** "Vos soldes à la fin du jeudi 1er octobre :" */
export function pastBalancesIntro(info: TurnInfo, day: string, timeZone: string): string {
  return textsFor(info.language).pastBalancesIntro(formatDay(day, info.language, timeZone, info.now));
}
