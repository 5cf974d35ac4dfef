import fc from 'fast-check';
import { allowedTypos, editDistance, isNearMatch } from '../../../bot/nlu/text/editDistance';

describe('near match, stopping early', () => {
  it('says what the whole edit distance says, for any two words', () => {
    const word = fc.stringMatching(/^[a-e]{0,10}$/);
    fc.assert(fc.property(word, word, (typed, expected) => {
      expect(isNearMatch(typed, expected)).toBe(editDistance(typed, expected) <= allowedTypos(expected.length));
    }), { numRuns: 5000 });
  });

  it('takes a slipped, swapped or doubled letter, not three', () => {
    expect(isNearMatch('restaurent', 'restaurant')).toBe(true);
    expect(isNearMatch('mollta', 'mollat')).toBe(true);
    expect(isNearMatch('carrefourr', 'carrefour')).toBe(true);
    expect(isNearMatch('cash', 'each')).toBe(false);
    expect(isNearMatch('rstrnt', 'restaurant')).toBe(false);
  });
});
