import { findAmounts } from '../../../../bot/nlu/entities/amount';
import { foldText } from '../../../../bot/nlu/text/normalize';
import { findDirection } from '../../../../bot/nlu/entities/direction';
import { findCategories } from '../../../../bot/nlu/entities/category';
import { words } from '../../../../bot/nlu/text/normalize';

describe('an amount a payment is named by is one exact amount', () => {
  it.each<[string, number]>([
    ['c’est quoi ce prélèvement de 12,30 € ?', 1230],
    ['une dépense de 7,5 euros', 750],
    ['the £3.20 charge', 320],
    ['a transaction of 15.00', 1500],
    ['le paiement de 1 200 €', 120000],
  ])('"%s" is exactly %d cents', (text, cents) => {
    expect(findAmounts(foldText(text))).toEqual([{ cents, comparison: 'eq' }]);
  });

  it.each(['show me the 5 transactions', 'les transactions de 2025', 'un paiement de 3 jours', 'paiement de plus de 20 €'])(
    '"%s" names no exact amount', (text) => {
      expect(findAmounts(foldText(text)).filter((a) => a.comparison === 'eq')).toEqual([]);
    });

  it('an everyday word is no typo of a category: "c’était" is no "retrait"', () => {
    const folded = foldText('c’était quoi ce débit ?');
    expect(findCategories(folded, words(folded))).toEqual([]);
    expect(findCategories(foldText('mes retraits'), words(foldText('mes retraits')))).toEqual(['cash']);
  });

  it('"transfers in" is money in; "transfers in October" is a month', () => {
    expect(findDirection(foldText('any transfers in?'))).toEqual(['in']);
    expect(findDirection(foldText('transfers in last week'))).toEqual(['in']);
    expect(findDirection(foldText('my transfers in October'))).toEqual([]);
    expect(findDirection(foldText('what did I buy'))).toEqual(['out']);
  });
});
