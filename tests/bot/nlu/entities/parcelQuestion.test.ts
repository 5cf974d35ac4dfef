import { findParcelQuestion } from '../../../../bot/nlu/entities/parcelQuestion';
import { foldText } from '../../../../bot/nlu/text/normalize';

describe('parcelQuestion: words that ask where a parcel is', () => {
  it.each([
    'where is order AR-300918274', "Where's my parcel FN-20418836?", 'track AR-300918274',
    'Où en est la commande FN-20418836 ?', 'le colis AR-300918274 est livré ?', 'suivi de FN-20418836',
  ])('%s asks where the parcel is', (text) => {
    expect(findParcelQuestion(foldText(text))).toEqual(['whereabouts']);
  });

  it.each(['AR-300918274', 'the receipt for FN-20418836', 'le reçu de la commande AR-300918274', 'la deuxième'])(
    '%s does not', (text) => {
      expect(findParcelQuestion(foldText(text))).toEqual([]);
    },
  );
});
