import type { TurnContext } from 'botbuilder';
import type { RecognizedEntities } from './recognized';
import { withQuickReplies } from './replies';
import type { DialogServices } from './services';
import { textsFor } from './texts';
import { turnInfo } from './turnInfo';

/** What only the bank can do elsewhere, as the recognizer names it. */
type Elsewhere = NonNullable<RecognizedEntities['elsewhere']>[number];

/**
 * A refusal that helps: a lost or stolen card gets the 24/7 blocking number first and the offer of an
 * adviser; what only the bank's app does gets its address. Linked or not, since a lost card cannot wait.
 */
export async function answerElsewhere(services: Pick<DialogServices, 'helpElsewhere'>, context: TurnContext, kind: Elsewhere): Promise<void> {
  const texts = textsFor(turnInfo(context).language);
  const { cardEmergencyPhone, bankAppUrl } = services.helpElsewhere;
  if (kind === 'lostCard') {
    await context.sendActivity(withQuickReplies(texts.lostCard(cardEmergencyPhone), [texts.moreQuick.adviser, texts.quick.help]));
  } else {
    await context.sendActivity(withQuickReplies(texts.bankApp(bankAppUrl), [texts.quick.help, texts.moreQuick.adviser]));
  }
}
