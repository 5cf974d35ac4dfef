import type { TurnContext } from 'botbuilder';
import type { Elsewhere } from '../bot/nlu/entities/elsewhere';
import type { Offer } from './offerDialog';
import type { DialogServices } from './services';
import { textsFor } from './texts';
import { turnInfo } from './turnInfo';

/**
 * A refusal that helps: a lost or stolen card gets the 24/7 blocking number first, what only the bank's
 * app does gets its address; both end by offering an adviser, which a "oui" accepts. Linked or not, since
 * a lost card cannot wait.
 */
export function answerElsewhere(services: DialogServices, context: TurnContext, kind: Elsewhere): Offer {
  const texts = textsFor(turnInfo(context).language);
  const { cardEmergencyPhone, bankAppUrl } = services.helpElsewhere;
  return { kind: 'adviser', text: kind === 'lostCard' ? texts.lostCard(cardEmergencyPhone) : texts.bankApp(bankAppUrl) };
}
