import { requestClauses } from '../../../bot/nlu/clauses';
import { recognizerFor } from '../../support/recognizer';

const VOCABULARY = { accounts: [], merchants: ['Monoprix', 'Carrefour'], categories: [] };

describe('the requests of one message', () => {
  const { recognize } = recognizerFor(VOCABULARY);

  it('two different data requests joined by "et": each read on its own, in order', () => {
    const result = recognize('bjr, pouvez vous me dire mon solde et mes 3 dernières opérations merci', 'fr-FR');
    expect(result.clauses?.map((clause) => [clause.text, Object.keys(clause.intents)[0], clause.entities.count])).toEqual([
      ['bjr, pouvez vous me dire mon solde', 'Balance', undefined],
      ['mes 3 dernières opérations merci', 'Transactions', [3]],
    ]);
  });

  it('"and also" after a negated clause: the exclusion stays with the request before it', () => {
    const result = recognize('I want my current account balance, not the savings, and also did my salary arrive', 'en-GB');
    expect(result.clauses?.map((clause) => [clause.text, Object.keys(clause.intents)[0]])).toEqual([
      ['I want my current account balance, not the savings', 'Balance'],
      ['did my salary arrive', 'Income'],
    ]);
    expect(result.clauses?.[1].entities.transactionView).toEqual(['salary']);
  });

  it.each([
    ['quel est le solde de mon livret A et de mon compte courant', 'fr-FR'],
    ['combien j ai dépensé chez Monoprix et Carrefour en novembre', 'fr-FR'],
    ['how much is in my current account and my savings', 'en-GB'],
    ['mon solde', 'fr-FR'],
  ])('one request, whatever its "et"/"and": no clauses (%s)', (text, locale) => {
    expect(recognize(text, locale).clauses).toBeUndefined();
  });
});

describe('requestClauses', () => {
  const intents: Record<string, string | undefined> = { 'a1': 'Balance', 'b2': 'Transactions', 'c3': 'Income', 'd4': 'Receipt', 'pas a1': 'Balance' };
  const requestOf = (part: string) => intents[part];

  it('at most three requests: any more are read with the third', () => {
    expect(requestClauses('a1 et b2 et c3 et d4', 'fr', requestOf)).toEqual(['a1', 'b2', 'c3 et d4']);
  });

  it('a part that is no request joins the one before; one that says "pas" too', () => {
    expect(requestClauses('a1 et zz et b2', 'fr', requestOf)).toEqual(['a1 et zz', 'b2']);
    expect(requestClauses('b2 et pas a1', 'fr', requestOf)).toBeUndefined();
  });

  it('a message whose first part is no request is one request', () => {
    expect(requestClauses('zz and b2', 'en', requestOf)).toBeUndefined();
  });
});
