import { textsFor } from '../../dialogs/texts';
import { maskCard, maskIban } from '../../dialogs/format/mask';
import { allTexts } from '../support/allTexts';

/** What French typography wants and an ordinary space (or none) gives instead; times and addresses excepted. */
function typographyFaults(text: string): string[] {
  const faults: string[] = [];
  for (const match of text.matchAll(/(.)([;!?])/g)) if (match[1] !== '\u202f') faults.push(`"${match[0]}" wants U+202F before ${match[2]}`);
  for (const match of text.matchAll(/(.):(?!\/\/|\d)/g)) if (match[1] !== '\u00a0') faults.push(`"${match[0]}" wants U+00A0 before :`);
  for (const match of text.matchAll(/«(.)/g)) if (match[1] !== '\u202f') faults.push('« wants U+202F after it');
  for (const match of text.matchAll(/(.)»/g)) if (match[1] !== '\u202f') faults.push('» wants U+202F before it');
  return faults;
}

describe('French typography', () => {
  const texts = allTexts(textsFor('fr'));

  it('walks a good number of texts', () => {
    expect(texts.length).toBeGreaterThan(100);
  });

  it.each(texts)('%s', (_path, text) => {
    expect(typographyFaults(text)).toEqual([]);
  });

  it('finds the faults it looks for', () => {
    expect(typographyFaults('Vos soldes : 12 ? « oui »')).toEqual([
      '" ?" wants U+202F before ?', '" :" wants U+00A0 before :', '« wants U+202F after it', '» wants U+202F before it',
    ]);
    expect(typographyFaults('À 10:30, voir https://banque.example')).toEqual([]);
  });

  it('masks account and card numbers with no-break spaces, so they never wrap', () => {
    expect(maskIban('FR76 3000 4000 0312 3456 7890 143')).toBe('FR76\u00a0••••\u00a0••••\u00a00143');
    expect(maskCard('4242424242424242')).toBe('••••\u00a04242');
  });
});
