import { featureValue, featuresOf } from '../../../bot/nlu/classifier/features';
import { stemmerFor } from '../../../bot/nlu/classifier/stemmer';

describe('classifier features', () => {
  it('names stems, stem pairs and character n-grams of a folded message', () => {
    const features = featuresOf('my card', stemmerFor('en'));
    expect(features).toEqual(expect.arrayContaining(['w:my', 'w:card', 'b:my_card', 'c:<ca', 'c:card', 'c:rd>']));
  });

  it('marks the first and last stems, and a message of one stem', () => {
    expect(featuresOf('my card', stemmerFor('en'))).toEqual(expect.arrayContaining(['e:<_my', 'e:card_>']));
    expect(featuresOf('my card', stemmerFor('en'))).not.toContain('e:only_card');
    expect(featuresOf('merci', stemmerFor('fr'))).toEqual(expect.arrayContaining(['e:<_merc', 'e:merc_>', 'e:only_merc']));
  });

  it('values a stem pair above a stem and a character n-gram below both', () => {
    expect([featureValue('b:my_card'), featureValue('w:card'), featureValue('c:car'), featureValue('e:card_>')]).toEqual([1.5, 1.3, 0.7, 1]);
  });
});
