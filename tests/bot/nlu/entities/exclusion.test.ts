import { splitExclusions } from '../../../../bot/nlu/entities/exclusion';
import { findCorrectedMerchant } from '../../../../bot/nlu/entities/namedMerchant';

describe('the words a message leaves out', () => {
  it.each([
    ['mes depenses en octobre hors loyer', 'mes depenses en octobre', ['loyer']],
    ['what did i spend at tesco in november except groceries', 'what did i spend at tesco in november', ['groceries']],
    ['mes depenses pas chez carrefour chez monoprix', 'mes depenses chez monoprix', ['carrefour']],
    ['sauf les courses, en octobre', ', en octobre', ['courses']],
    ['my spending excluding rent last month', 'my spending last month', ['rent']],
    // A correction that opens the message: the shop it names first is the one not meant.
    ['pas carrefour, auchan : combien', ', auchan : combien', ['carrefour']],
    ['non pas carrefour, lidl, combien ?', ', lidl, combien ?', ['carrefour']],
    ['not tesco, sainsburys \u2014 how much', ', sainsburys \u2014 how much', ['tesco']],
  ])('"%s" keeps "%s" and leaves out %j', (folded, kept, left) => {
    expect(splitExclusions(folded)).toEqual({ kept, left });
  });

  it('a bare "pas" leaves nothing out', () => {
    expect(splitExclusions("je n'ai pas de salaire")).toEqual({ kept: "je n'ai pas de salaire", left: [] });
    expect(splitExclusions('pas de colis recu')).toEqual({ kept: 'pas de colis recu', left: [] });
  });

  it('a correction names the shop meant after the one left out, even one she never paid', () => {
    expect(findCorrectedMerchant('pas carrefour, auchan : combien')).toEqual(['Auchan']);
    expect(findCorrectedMerchant('not tesco - aldi how much')).toEqual(['Aldi']);
    expect(findCorrectedMerchant('pas le solde, je veux faire opposition')).toEqual([]);
    expect(findCorrectedMerchant('mes depenses pas chez carrefour')).toEqual([]);
  });
});
