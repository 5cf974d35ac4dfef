import { recognizerFor } from '../../support/recognizer';

const VOCABULARY = {
  accounts: [{ id: 'c1-checking', type: 'checking' as const, name: 'Compte courant' }, { id: 'c1-savings', type: 'savings' as const, name: 'Livret A' }],
  merchants: ['Carrefour', 'Fnac', 'Tesco'],
  categories: ['groceries', 'restaurants', 'transport', 'shopping'],
};

/** A mean of spending is a Transactions request with the `average` view; a mean of anything else is not answered. */
describe('a mean asked for', () => {
  const { recognize } = recognizerFor(VOCABULARY);

  it.each([
    ['combien je dépense en moyenne par mois ?', 'fr-FR', undefined],
    ['ma dépense moyenne mensuelle', 'fr-FR', undefined],
    ['dépense moyenne en courses', 'fr-FR', 'groceries'],
    ['cmb je depense en moyenne', 'fr-FR', undefined],
    ['what’s my average monthly spend?', 'en-GB', undefined],
    ['how much do I spend per month on average', 'en-GB', undefined],
    ['my average grocery bill', 'en-GB', 'groceries'],
    ['avg spending at restaurants', 'en-GB', 'restaurants'],
  ])('%j is the mean spending per month', (text, locale, category) => {
    const result = recognize(text, locale);
    expect(Object.keys(result.intents)[0]).toBe('Transactions');
    expect(result.entities.transactionView).toEqual(['average']);
    expect(result.entities.category?.[0]).toBe(category);
    expect(result.entities.notAnswered).toBeUndefined();
  });

  it.each([
    ['combien je dépense en moyenne par semaine', 'fr-FR', ['week']],
    ['ma dépense hebdomadaire moyenne', 'fr-FR', ['week']],
    ['how much do I spend per week on average', 'en-GB', ['week']],
    ['my average weekly spend', 'en-GB', ['week']],
    ['ma dépense moyenne par jour', 'fr-FR', ['day']],
    // What one spends per week, in the present, is a mean without the word.
    ['combien je dépense par semaine', 'fr-FR', ['week']],
    ['how much do I spend a week', 'en-GB', ['week']],
    ['combien je dépense en moyenne par mois ?', 'fr-FR', ['month']],
    ['dépense moyenne en courses', 'fr-FR', undefined],
  ])('%j is a mean per %j', (text, locale, per) => {
    const result = recognize(text, locale);
    expect(Object.keys(result.intents)[0]).toBe('Transactions');
    expect(result.entities.averagePer).toEqual(per);
  });

  it.each([
    ['quelle est la moyenne de mon livret', 'fr-FR'], ['what is my average balance', 'en-GB'],
    ['mon solde moyen', 'fr-FR'], ['mon solde moyen le mois dernier', 'fr-FR'],
  ])('%j is a mean not answered', (text, locale) => {
    const result = recognize(text, locale);
    expect(Object.keys(result.intents)).toEqual(['None']);
    expect(result.entities.notAnswered).toEqual(['average']);
  });
});
