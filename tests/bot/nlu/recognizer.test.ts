import type { BankRecognizer } from '../../../bot/nlu/recognizer';
import { testRecognizer } from '../../support/recognizer';
import type { CustomerVocabulary, RecognizeOptions } from '../../../bot/nlu/types';

const VOCABULARY: CustomerVocabulary = {
  accounts: [{ id: 'a1', type: 'checking', name: 'Compte courant' }, { id: 'a2', type: 'savings', name: 'Livret A' }],
  merchants: ['Carrefour', 'Tesco'],
  categories: ['groceries', 'restaurants'],
};
const OPTIONS: RecognizeOptions = {
  vocabulary: VOCABULARY, now: new Date('2026-11-29T10:00:00+01:00'), timeZone: 'Europe/Paris',
};

describe('BankRecognizer', () => {
  let recognizer: BankRecognizer;
  beforeAll(async () => {
    recognizer = await testRecognizer();
  });

  const topIntent = (text: string, localeHint?: string): string =>
    Object.keys(recognizer.recognize(text, { ...OPTIONS, localeHint }).intents)[0];

  it.each([
    ['g combien sur mon livret', 'Balance'],
    ['whats my balance', 'Balance'],
    ['depenses resto mois dernier', 'Transactions'],
    ['how much did i blow at tesco', 'Transactions'],
    ['show me the receipt for my fnac order', 'Receipt'],
    ['wheres my parcel', 'Delivery'],
    ['voir plus', 'ShowMore'],
    ['parler à un conseiller', 'Handoff'],
    ['talk to a person', 'Handoff'],
  ])('understands "%s" as %s', (text, intent) => {
    expect(topIntent(text)).toBe(intent);
  });

  it.each([
    'transfer 200 euros to my sister', 'bloque ma carte stp', 'i need a loan for a car', 'change my pin please',
    'je conteste ce paiement', 'quel temps fera-t-il demain', 'tell me a joke',
  ])('refuses "%s" with None', (text) => {
    expect(topIntent(text)).toBe('None');
  });

  it.each([
    ['pas les dépenses, juste le solde du LA', 'Balance'],
    ['not the balance, my recent payments', 'Transactions'],
    ['oui bonjour alors voila je voudrais connaitre le solde de mon cpt joint svp', 'Balance'],
  ])('reads the clause that says what is wanted in "%s" (%s)', (text, intent) => {
    expect(topIntent(text)).toBe(intent);
  });

  it.each([
    'pas le solde, je veux bloquer ma carte', 'not my balance, i need a new card', 'decale ma livraison a lundi',
    'reschedule my parcel to tuesday', "j'ai oublié mon code secret", 'bloque ma carte depuis hier',
    'block my card over the weekend', 'arrete le prelevement de la mutuelle',
  ])('refuses the action or out-of-scope request "%s", whatever period or data word it names', (text) => {
    expect(topIntent(text)).toBe('None');
  });

  it('returns a RecognizerResult with the top intent first and the entities found', () => {
    const result = recognizer.recognize('dépenses chez Carrefur le mois dernier', OPTIONS);
    expect(result.text).toBe('dépenses chez Carrefur le mois dernier');
    expect(Object.keys(result.intents)[0]).toBe('Transactions');
    const scores = Object.values(result.intents).map((intent) => intent.score ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.entities).toEqual({
      language: 'fr',
      period: [{ start: '2026-10-01', end: '2026-10-31' }],
      merchant: ['Carrefour'],
      direction: ['out'],
    });
  });

  it('links with the code that follows link or lier', () => {
    const result = recognizer.recognize('lier ABCD2345', OPTIONS);
    expect(Object.keys(result.intents)[0]).toBe('LinkAccount');
    expect(result.entities.linkCode).toEqual(['ABCD2345']);
  });

  it('answers in the language of the message, the hint deciding only short ambiguous ones', () => {
    expect(recognizer.recognize('whats my balance', { ...OPTIONS, localeHint: 'fr-FR' }).entities.language).toBe('en');
    expect(recognizer.recognize('ok', { ...OPTIONS, localeHint: 'en-GB' }).entities.language).toBe('en');
  });
});
