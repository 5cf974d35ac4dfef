import type { CustomerVocabulary } from '../../../bot/nlu/types';
import { recognizerFor } from '../../support/recognizer';

/** A customer with one account of each type, so that a type named in a message gives that account's id. */
const VOCABULARY: CustomerVocabulary = {
  accounts: [
    { id: 'a1', type: 'checking', name: 'Compte courant' },
    { id: 'a2', type: 'savings', name: 'Livret A' },
    { id: 'a3', type: 'credit_card', name: 'Visa' },
  ],
  merchants: ['Boulanger'],
  categories: [],
};

/** Messages outside testers found misread (issue #12, second round), each as typed, in the customer's language. */
describe('messages outside testers found misread', () => {
  const { recognize, topIntent } = recognizerFor(VOCABULARY);

  it.each([
    ['combien ds le LA svp', 'fr-FR', { id: 'a2', type: 'savings', text: 'ds le la' }],
    ['slt cmb il me rest sur le cpt courant', 'fr-FR', { id: 'a1', type: 'checking', text: 'cpt courant' }],
    ['hw much on my cc', 'en-GB', { id: 'a3', type: 'credit_card', text: 'my cc' }],
    ['solde de ma CB', 'fr-FR', { id: 'a3', type: 'credit_card', text: 'ma cb' }],
  ])('"%s" is the balance of that one account', (text, locale, account) => {
    const result = recognize(text, locale);
    expect(Object.keys(result.intents)[0]).toBe('Balance');
    expect(result.entities.account).toEqual([account]);
  });

  it.each([
    ['mes colis', 'fr-FR', 'Delivery'],
    ['mes notifs c quoi', 'fr-FR', 'Notifications'],
    ['what notifications do i have on', 'en-GB', 'Notifications'],
    ['mes reglages de notifications', 'fr-FR', 'Notifications'],
    ['no thanks', 'en-GB', 'Goodbye'],
    ['ma commande de chez boulanger je l ai payé combien', 'fr-FR', 'Transactions'],
    ['hows my checking doing', 'en-GB', 'Balance'],
    ['mes livrets', 'fr-FR', 'Balance'],
    ['les 2 derniers reçus', 'fr-FR', 'Receipt'],
    ['combien j ai dépensé sur mon livret A et mon compte courant en novembre', 'fr-FR', 'Transactions'],
    ['combien jai depensé cette semaine par rapport a la semaine derniere', 'fr-FR', 'SpendingComparison'],
    ['anything under 5 pounds this month', 'en-GB', 'Transactions'],
  ])('"%s" (%s) is %s', (text, locale, intent) => {
    expect(topIntent(text, locale)).toBe(intent);
  });

  it('"ma commande de chez boulanger je l ai payé combien" is a total at Boulanger', () => {
    const result = recognize('ma commande de chez boulanger je l ai payé combien', 'fr-FR');
    expect(result.entities.merchant).toEqual(['Boulanger']);
    expect(result.entities.transactionView).toEqual(['total']);
  });

  it('"anything under 5 pounds this month" filters by amount over this month', () => {
    const result = recognize('anything under 5 pounds this month', 'en-GB');
    expect(result.entities.amount).toEqual([{ cents: 500, comparison: 'lt' }]);
    expect(result.entities.period).toEqual([{ start: '2026-11-01', end: '2026-11-29' }]);
  });

  it.each([
    ['I lost my wallet', 'en-GB'], ['lost my purse', 'en-GB'], ["j'ai perdu mon portefeuille", 'fr-FR'], ['I lost my card', 'en-GB'],
  ])('"%s" is a card emergency, as a lost card is', (text, locale) => {
    expect(recognize(text, locale).entities.elsewhere).toEqual(['lostCard']);
  });
});
