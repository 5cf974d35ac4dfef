import type { TurnContext } from 'botbuilder';
import type { DialogServices } from './services';
import { turnInfo } from './turnInfo';

/** Every read of a customer's data leaves a line in the audit log: who, which customer, what, when, where. */
export function auditAccess(
  services: Pick<DialogServices, 'audit'>, context: TurnContext, customerId: string, intent: string, accountIds: string[],
): void {
  const info = turnInfo(context);
  services.audit.record({
    at: info.now.toISOString(),
    channelId: info.user.channelId,
    userId: info.user.userId,
    customerId,
    intent,
    accountIds,
  });
}
