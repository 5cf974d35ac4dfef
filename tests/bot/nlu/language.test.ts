import { detectLanguage } from '../../../bot/nlu/language';
import { foldText } from '../../../bot/nlu/text/normalize';

describe('detectLanguage', () => {
  it.each([
    ['g combien sur mon livret', 'fr'],
    ['depenses resto mois dernier', 'fr'],
    ['whats my balance', 'en'],
    ['how much did i blow at tesco', 'en'],
  ])('reads "%s" as %s whatever the hint', (text, language) => {
    expect(detectLanguage(foldText(text), 'en-GB')).toBe(language);
    expect(detectLanguage(foldText(text), 'fr-FR')).toBe(language);
  });

  it('falls back to the locale hint, then to French, when the message does not tell', () => {
    expect(detectLanguage(foldText('ok'), 'en-US')).toBe('en');
    expect(detectLanguage(foldText('Fnac'), 'fr-FR')).toBe('fr');
    expect(detectLanguage(foldText('Fnac'), 'de-DE')).toBe('fr');
    expect(detectLanguage(foldText('ok'))).toBe('fr');
  });
});
