import { textsFor } from '../../dialogs/texts';
import type { IntentName, Language } from '../../bot/nlu/types';
import { topIntentOf } from '../../dialogs/turnInfo';
import { sharedRecognizer, NOW, TIME_ZONE } from '../support/testBot';

/**
 * A quick reply sends its title back as the user's message: each must lead where its title says, in the
 * conversation's language (a title such as "Help" or "Cancel" is typed by French customers too).
 */
const EXPECTED: Record<string, IntentName> = {
  balance: 'Balance',
  transactions: 'Transactions',
  receipts: 'Receipt',
  deliveries: 'Delivery',
  help: 'Help',
  link: 'LinkAccount',
  cancel: 'Cancel',
};

describe.each<Language>(['fr', 'en'])('quick replies in %s', (language) => {
  const quick = textsFor(language).quick as Record<string, string>;

  it.each(Object.keys(quick))('"%s" is understood as what it offers, in its own language', async (key) => {
    const recognizer = await sharedRecognizer();
    const result = recognizer.recognize(quick[key], { now: new Date(NOW), timeZone: TIME_ZONE, localeHint: language });
    expect([topIntentOf(result), result.entities.language]).toEqual([EXPECTED[key], language]);
  });
});
