import type { CustomerVocabulary, RecognizeOptions } from '../../../bot/nlu/types';
import { recognizerFor } from '../../support/recognizer';

/** A customer who has ordered at Argos and pays Netflix: their names are entities, not words the classifier reads. */
const VOCABULARY: CustomerVocabulary = {
  accounts: [{ id: 'a1', type: 'checking', name: 'Compte courant' }],
  merchants: ['Argos', 'Netflix', 'Carrefour'],
  categories: ['groceries', 'subscriptions'],
};

/** Four messages the recognizer used to misread (issue #12), each as the customer types it, in her language. */
describe('messages once misread', () => {
  const { recognize, topIntent } = recognizerFor(VOCABULARY);

  it('"mes courses ce mois-ci" is the groceries spending of this month, not a comparison', () => {
    const result = recognize('mes courses ce mois-ci', 'fr-FR');
    expect(Object.keys(result.intents)[0]).toBe('Transactions');
    expect(result.entities.category).toEqual(['groceries']);
    expect(result.entities.period).toEqual([{ start: '2026-11-01', end: '2026-11-29' }]);
  });

  it('"mes dépenses de plus de 100 € en novembre" is the spending over 100 €, not alerts turned off', () => {
    const result = recognize('mes dépenses de plus de 100 € en novembre', 'fr-FR');
    expect(Object.keys(result.intents)[0]).toBe('Transactions');
    expect(result.entities.amount).toEqual([{ cents: 10000, comparison: 'gt' }]);
    expect(result.entities.notification).toBeUndefined();
  });

  it('"livraison Argos" from an English customer is a delivery question, kept in English', () => {
    const result = recognize('livraison Argos', 'en-GB');
    expect(Object.keys(result.intents)[0]).toBe('Delivery');
    expect(result.entities.language).toBe('en');
    expect(result.entities.merchant).toEqual(['Argos']);
  });

  it('"c\'est quoi mon prélèvement netflix" asks about that recurring payment', () => {
    const result = recognize('c\'est quoi mon prélèvement netflix', 'fr-FR');
    expect(Object.keys(result.intents)[0]).toBe('Subscriptions');
    expect(result.entities.merchant).toEqual(['Netflix']);
  });

  it('"what is my Netflix direct debit" asks the same in English', () => {
    expect(topIntent('what is my Netflix direct debit', 'en-GB')).toBe('Subscriptions');
  });

  it('"no more than" and "plus de" before a number stay amounts, "plus de notifications" still turns them off', () => {
    expect(recognize('payments of no more than 50 pounds', 'en-GB').entities.notification).toBeUndefined();
    expect(recognize('plus de notifications de paiement', 'fr-FR').entities.notification).toEqual([{ action: 'off', topic: 'transactions' }]);
  });
});
