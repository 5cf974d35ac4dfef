import { findAmounts } from '../../../../bot/nlu/entities/amount';
import { findCurrencies, withoutCurrencyWords } from '../../../../bot/nlu/entities/currency';
import { withNumberWordsAsDigits } from '../../../../bot/nlu/entities/numberWords';

/** Amounts written in words read as their digits, in integer cents (the outside tester's report, kind A). */
describe('amounts in words', () => {
  it.each([
    // The tester's phrasings.
    ['montre moi les paiements de plus de septante euros', [{ cents: 7000, comparison: 'gt' }]],
    ['les depenses de plus de huitante euros le mois passe', [{ cents: 8000, comparison: 'gt' }]],
    ['mes depenses au-dessus de quatre-vingts euros le mois passe', [{ cents: 8000, comparison: 'gt' }]],
    ['au-dessus de cent euros', [{ cents: 10000, comparison: 'gt' }]],
    ['payments over fifty euros', [{ cents: 5000, comparison: 'gt' }]],
    ['transactions between twenty and thirty euros', [{ cents: 2000, comparison: 'gte' }, { cents: 3000, comparison: 'lte' }]],
    // Our own: Belgian and Swiss tens, composed French numbers, English hundreds and thousands.
    ['plus de nonante-neuf euros', [{ cents: 9900, comparison: 'gt' }]],
    ['moins de soixante et onze €', [{ cents: 7100, comparison: 'lt' }]],
    ['sous quatre-vingt-dix-sept euros', [{ cents: 9700, comparison: 'lt' }]],
    ['au moins deux mille cinq cents euros', [{ cents: 250000, comparison: 'gte' }]],
    ['entre vingt et un et trente euros', [{ cents: 2100, comparison: 'gte' }, { cents: 3000, comparison: 'lte' }]],
    ['at least one hundred and fifty euros', [{ cents: 15000, comparison: 'gte' }]],
    ['under a thousand euros', [{ cents: 100000, comparison: 'lt' }]],
    ['between one hundred and two hundred', [{ cents: 10000, comparison: 'gte' }, { cents: 20000, comparison: 'lte' }]],
    ['more than twenty-five euros', [{ cents: 2500, comparison: 'gt' }]],
  ])('%s', (folded, amounts) => {
    expect(findAmounts(folded)).toEqual(amounts);
  });

  it.each([
    ['plus de deux semaines', []],
    ['more than three transactions', []],
    ['entre deux et trois jours', []],
    ['between the third and the tenth of november', []],
    ['un paiement de trop', []],
  ])('%s is no amount', (folded, amounts) => {
    expect(findAmounts(folded)).toEqual(amounts);
  });

  it.each([
    ['quatre-vingt-seize', '96'],
    ['trois mille deux cent quarante-cinq', '3245'],
    ['nine hundred ninety nine', '999'],
    // "cents" after an English number are pennies, and a word after digits is a date's month ("le 10 sept").
    ['fifty cents', '50 cents'],
    ['entre le 3 et le 10 sept', 'entre le 3 et le 10 sept'],
    ['un paiement', 'un paiement'],
    ['the one from amazon', 'the one from amazon'],
  ])('%s reads as %s', (folded, digits) => {
    expect(withNumberWordsAsDigits(folded)).toBe(digits);
  });

  it('an amount in words keeps its currency', () => {
    expect(findCurrencies('transactions between twenty and thirty quid')).toEqual(['GBP']);
  });

  it.each([
    ['transactions between 20 and 30 quid', ['transactions between 20 and 30']],
    ['payments over £100 in november', ['payments over 100 in november']],
    ['payments over twenty pounds yesterday', ['payments over 20 yesterday']],
    ['plus de 50 livres sterling', ['plus de 50']],
    ['transactions between 20 and 30', []],
  ])('%s asked again without its currency: %j', (folded, again) => {
    expect(withoutCurrencyWords(folded)).toEqual(again);
  });
});
