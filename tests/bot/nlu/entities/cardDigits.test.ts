import { findEntities } from '../../../../bot/nlu/entities';
import { foldText } from '../../../../bot/nlu/text/normalize';
import type { CustomerVocabulary, Language } from '../../../../bot/nlu/types';

const VOCABULARY: CustomerVocabulary = {
  accounts: [
    { id: 'c1-checking', type: 'checking', name: 'Compte courant' },
    { id: 'c1-card', type: 'credit_card', name: 'Carte Visa Premier' },
  ],
  merchants: ['Fnac'],
  categories: ['shopping'],
};
const accountsOf = (text: string, language: Language) => findEntities(foldText(text), language, {
  vocabulary: VOCABULARY, now: new Date('2026-11-29T10:00:00+01:00'), timeZone: 'Europe/Paris',
}).account;

describe('a card named by its last four digits', () => {
  it.each<[string, Language, string]>([
    ['carte 1881', 'fr', '1881'],
    ['mes opérations de la carte 1881', 'fr', '1881'],
    ['ma cb qui finit par 4242', 'fr', '4242'],
    ['le solde de ma carte se terminant par 1881', 'fr', '1881'],
    ['my card ending 1881', 'en', '1881'],
    ['transactions on the card ending in 4242', 'en', '4242'],
    ['visa 1881 balance', 'en', '1881'],
  ])('%j is the card ending in %s, never the customer\'s only card by type', (text, language, digits) => {
    expect(accountsOf(text, language)).toEqual([expect.objectContaining({ type: 'credit_card', cardLast4: digits })]);
    expect(accountsOf(text, language)?.[0].id).toBeUndefined();
  });

  it.each<[string, Language]>([['les opérations de la carte en 2025', 'fr'], ['card payments over 1000', 'en'], ['ma carte', 'fr']])(
    '%j gives no digits', (text, language) => {
      expect(accountsOf(text, language)?.some((account) => account.cardLast4 !== undefined) ?? false).toBe(false);
    },
  );
});
