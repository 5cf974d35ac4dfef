import { textsFor } from '../../dialogs/texts';
import type { IntentName, Language } from '../../bot/nlu/types';
import { sharedRecognizer } from '../support/testBot';

const OFFERED: Record<string, IntentName> = {
  subscriptions: 'Subscriptions', upcoming: 'Upcoming', comparison: 'SpendingComparison', breakdown: 'SpendingBreakdown',
};

/** A tapped quick reply sends its title: each insight's title must be understood as the insight it offers. */
describe('insight quick replies', () => {
  it.each(['fr', 'en'] as Language[])('are understood as what they offer (%s)', async (language) => {
    const recognizer = await sharedRecognizer();
    const titles = Object.entries(textsFor(language).insightQuick);
    const understood = titles.map(([key, title]) => {
      const { intents } = recognizer.recognize(title, { localeHint: language, now: new Date('2026-11-29T10:00:00+01:00'), timeZone: 'Europe/Paris' });
      return [title, Object.keys(intents)[0]];
    });
    expect(understood).toEqual(titles.map(([key, title]) => [title, OFFERED[key]]));
    expect(titles.every(([, title]) => title.length <= 20)).toBe(true);
  });
});
