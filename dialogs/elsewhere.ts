import type { TurnContext } from 'botbuilder';
import type { Offer } from './offerDialog';
import type { RecognizedEntities } from './recognized';
import type { DialogServices } from './services';
import { textsFor } from './texts';
import { turnInfo } from './turnInfo';

/** What only the bank can do elsewhere, as the recognizer names it. */
type Elsewhere = NonNullable<RecognizedEntities['elsewhere']>[number];

/**
 * A refusal that helps: a lost or stolen card gets the 24/7 blocking number first, what only the bank's
 * app does gets its address; both end by offering an adviser, which a "oui" accepts. Linked or not, since
 * a lost card cannot wait.
 */
export function answerElsewhere(services: Pick<DialogServices, 'helpElsewhere'>, context: TurnContext, kind: Elsewhere): Offer {
  const texts = textsFor(turnInfo(context).language);
  const { cardEmergencyPhone, bankAppUrl } = services.helpElsewhere;
  return { kind: 'adviser', text: kind === 'lostCard' ? texts.lostCard(cardEmergencyPhone) : texts.bankApp(bankAppUrl) };
}
