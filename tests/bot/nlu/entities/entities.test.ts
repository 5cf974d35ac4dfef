import { findEntities } from '../../../../bot/nlu/entities';
import { foldText } from '../../../../bot/nlu/text/normalize';
import type { CustomerVocabulary, Language, RecognizedEntities } from '../../../../bot/nlu/types';

const VOCABULARY: CustomerVocabulary = {
  accounts: [
    { id: 'a1', type: 'checking', name: 'Compte courant' },
    { id: 'a2', type: 'savings', name: 'Livret A' },
    { id: 'a3', type: 'savings', name: 'LDD' },
    { id: 'a4', type: 'credit_card', name: 'Visa Premier' },
  ],
  merchants: ['Carrefour', 'Librairie Mollat', 'Fnac', 'Tesco'],
  categories: ['groceries', 'restaurants', 'transport'],
};

/** `null`: an unlinked user, with no vocabulary. */
function entitiesOf(text: string, language: Language = 'fr', vocabulary: CustomerVocabulary | null = VOCABULARY): RecognizedEntities {
  return findEntities(foldText(text), language, { vocabulary: vocabulary ?? undefined, now: new Date('2026-11-29T10:00:00+01:00'), timeZone: 'Europe/Paris' });
}

describe('findEntities', () => {
  it.each<[string, number, 'gt' | 'lt']>([
    ['plus de 100 €', 10000, 'gt'],
    ['over 50 euros', 5000, 'gt'],
    ['more than £20', 2000, 'gt'],
    ['moins de 10€', 1000, 'lt'],
    ['under 5 euros', 500, 'lt'],
    ['plus de 19,99 €', 1999, 'gt'],
    ['more than $0.10', 10, 'gt'],
    ['plus de 1 000 euros', 100000, 'gt'],
  ])('reads "%s" as %i cents, %s', (text, cents, comparison) => {
    expect(entitiesOf(`achats ${text}`).amount).toEqual([{ cents, comparison }]);
  });

  it('does not read counts of days or purchases as amounts', () => {
    expect(entitiesOf('plus de 3 jours').amount).toBeUndefined();
    expect(entitiesOf('more than 2 purchases', 'en').amount).toBeUndefined();
  });

  it('resolves accounts by name, or by type when the customer has one of that type', () => {
    expect(entitiesOf('combien sur mon livret a').account).toEqual([{ id: 'a2', type: 'savings', text: 'livret a' }]);
    expect(entitiesOf('solde compte courant').account).toEqual([{ id: 'a1', type: 'checking', text: 'compte courant' }]);
    expect(entitiesOf('ma carte visa').account).toEqual([{ id: 'a4', type: 'credit_card', text: 'carte visa' }]);
    expect(entitiesOf('whats in my savings', 'en').account).toEqual([{ type: 'savings', text: 'savings' }]);
    expect(entitiesOf('checking balance', 'en').account).toEqual([{ id: 'a1', type: 'checking', text: 'checking' }]);
    expect(entitiesOf('mon épargne', 'fr', null).account).toEqual([{ type: 'savings', text: 'epargne' }]);
  });

  it("matches the customer's merchants despite typos, and none without a vocabulary", () => {
    expect(entitiesOf('depenses chez mollat').merchant).toEqual(['Librairie Mollat']);
    expect(entitiesOf('combien chez carrefur').merchant).toEqual(['Carrefour']);
    expect(entitiesOf('how much did i blow at tesco', 'en').merchant).toEqual(['Tesco']);
    expect(entitiesOf('combien chez carrefour', 'fr', null).merchant).toBeUndefined();
  });

  it("names a shop the customer never paid, and nothing after a pronoun, a period or an amount", () => {
    expect(entitiesOf("combien j'ai dépensé chez Leroy Merlin le mois dernier").merchant).toEqual(['Leroy Merlin']);
    expect(entitiesOf('how much did i spend at lidl in october', 'en').merchant).toEqual(['Lidl']);
    expect(entitiesOf('chez moi').merchant).toBeUndefined();
    expect(entitiesOf('what did i spend at the end of october', 'en').merchant).toBeUndefined();
    expect(entitiesOf('balance at 31 october', 'en').merchant).toBeUndefined();
    expect(entitiesOf('how much did i spend at restaurants', 'en')).toMatchObject({ category: ['restaurants'] });
    expect(entitiesOf('how much did i spend at restaurants', 'en').merchant).toBeUndefined();
    expect(entitiesOf('combien chez mcdo').merchant).toBeUndefined();
  });

  it("matches categories by synonym in both languages, including those the customer has none of", () => {
    expect(entitiesOf('depenses resto mois dernier').category).toEqual(['restaurants']);
    expect(entitiesOf('how much on groceries', 'en').category).toEqual(['groceries']);
    expect(entitiesOf('combien au supermarché').category).toEqual(['groceries']);
    expect(entitiesOf('restaurent spending', 'en').category).toEqual(['restaurants']);
    expect(entitiesOf('combien en shopping').category).toEqual(['shopping']);
    expect(entitiesOf('combien en shopping', 'fr', null).category).toEqual(['shopping']);
  });

  it('reads a word of one category exactly as that category, never as a typo of another', () => {
    expect(entitiesOf('ya eu des virements cette semaine ?').category).toEqual(['transfer']);
    expect(entitiesOf('any transfers this week?', 'en').category).toEqual(['transfer']);
    expect(entitiesOf('mes vetemnts ce mois-ci').category).toEqual(['shopping']);
  });

  it('reads the direction of money', () => {
    expect(entitiesOf("combien j'ai dépensé").direction).toEqual(['out']);
    expect(entitiesOf('how much did i blow at tesco', 'en').direction).toEqual(['out']);
    expect(entitiesOf('mon salaire est tombé ?').direction).toEqual(['in']);
    expect(entitiesOf('money received last week', 'en').direction).toEqual(['in']);
    expect(entitiesOf('did i get paid', 'en').direction).toEqual(['in']);
  });

  it('reads link codes after link or lier only', () => {
    expect(entitiesOf('link 123456', 'en').linkCode).toEqual(['123456']);
    expect(entitiesOf('lier ABCD2345').linkCode).toEqual(['ABCD2345']);
    expect(entitiesOf('link my account', 'en').linkCode).toBeUndefined();
    expect(entitiesOf('commande 123456').linkCode).toBeUndefined();
  });

  it('always sets the language and leaves absent entities out', () => {
    expect(entitiesOf('bonjour')).toEqual({ language: 'fr' });
  });
});

describe('requests to serve elsewhere', () => {
  it.each<[string, Language, 'lostCard' | 'bankApp' | undefined]>([
    ['j’ai perdu ma carte, c’est urgent', 'fr', 'lostCard'],
    ['someone stole my card!!', 'en', 'lostCard'],
    ['bloquer ma CB', 'fr', 'lostCard'],
    ['my card is missing', 'en', 'lostCard'],
    ['fais un virement de 50 € à Paul', 'fr', 'bankApp'],
    ['transfer 100 to my savings', 'en', 'bankApp'],
    ['payer ma facture EDF', 'fr', 'bankApp'],
    ['augmente le plafond de ma carte', 'fr', 'bankApp'],
    ['change my card pin', 'en', 'bankApp'],
    ['combien j’ai viré sur mon livret A', 'fr', undefined],
    ['did i pay my rent', 'en', undefined],
    ['solde de ma carte visa', 'fr', undefined],
    ['my transfers to savings last month', 'en', undefined],
  ])('reads "%s" (%s) as %s', (text, language, expected) => {
    expect(entitiesOf(text, language).elsewhere?.[0]).toBe(expected);
  });
});
