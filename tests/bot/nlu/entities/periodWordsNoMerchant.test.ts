import { ENGLISH_CATALOG } from '../../../../data/demo/catalogEn';
import { FRENCH_CATALOG } from '../../../../data/demo/catalogFr';
import type { Catalog } from '../../../../data/demo/catalog';
import { findMerchants } from '../../../../bot/nlu/entities/merchant';
import { PERIOD_QUALIFIERS, PERIOD_WORDS } from '../../../../bot/nlu/periods/periodWords';
import { foldText, words } from '../../../../bot/nlu/text/normalize';

const merchantsOf = (catalog: Catalog): string[] => [...catalog.bills, ...catalog.habits, ...catalog.shops].flatMap((entry) => (entry.merchant ? [entry.merchant] : []));
/** Every shop of both demo customers, and a few a bank's customers pay whose names sit a typo away from a period word. */
const MERCHANTS = [...merchantsOf(FRENCH_CATALOG), ...merchantsOf(ENGLISH_CATALOG), 'Lastminute', 'Jules', 'Mois Doux', 'Semaine Bio', 'Yearn'];

describe('a period word is never a typo of a shop', () => {
  it.each([...PERIOD_WORDS, ...PERIOD_QUALIFIERS])('"%s" names no shop', (word) => {
    const spelled = MERCHANTS.filter((merchant) => foldText(merchant) === word);
    expect(findMerchants(word, words(word), MERCHANTS)).toEqual(spelled);
  });

  it('"prev month" is the period, not Pret A Manger; the shop spelled out is still found', () => {
    expect(findMerchants('how much did i spend prev month', words('how much did i spend prev month'), MERCHANTS)).toEqual([]);
    expect(findMerchants('combien la sem prec', words('combien la sem prec'), MERCHANTS)).toEqual([]);
    expect(findMerchants('spent at pret last month', words('spent at pret last month'), MERCHANTS)).toEqual(['Pret A Manger']);
  });
});
