import { findCurrencies } from '../../../../bot/nlu/entities/currency';

describe('findCurrencies', () => {
  it.each([
    ['alert me if my current account drops below 50 pounds', ['GBP']],
    ['below £100', ['GBP']],
    ['alerte-moi si mon compte passe sous 50 livres', ['GBP']],
    ['sous 40 dollars', ['USD']],
    ['more than $0.10', ['USD']],
    ['plus de 100 €', ['EUR']],
    ['under 5 euros', ['EUR']],
    ['100', []],
    ['et sur le livret a ?', []],
    ['combien sur mon livret 2', []],
  ] as const)('"%s" names %j', (text, expected) => {
    expect(findCurrencies(text)).toEqual(expected);
  });
});
