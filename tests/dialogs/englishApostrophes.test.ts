import { textsFor } from '../../dialogs/texts';
import { allTexts } from '../support/allTexts';

/** Straight apostrophes (U+0027) inside English words; the house style is the typographic one, U+2019. */
function straightApostrophes(text: string): string[] {
  return [...text.matchAll(/\p{L}+'\p{L}+/gu)].map((match) => `"${match[0]}" wants U+2019, not U+0027`);
}

describe('English apostrophes', () => {
  const texts = allTexts(textsFor('en'));

  it('walks a good number of texts', () => {
    expect(texts.length).toBeGreaterThan(100);
  });

  it.each(texts)('%s', (_path, text) => {
    expect(straightApostrophes(text)).toEqual([]);
  });

  it('finds the faults it looks for, and leaves the typographic apostrophe alone', () => {
    expect(straightApostrophes("You're welcome, I can’t")).toEqual(['"You\'re" wants U+2019, not U+0027']);
    expect(straightApostrophes('I’m your bank’s assistant')).toEqual([]);
  });
});
