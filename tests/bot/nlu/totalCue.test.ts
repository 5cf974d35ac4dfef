import { asksTotalOnly } from '../../../bot/nlu/totalCue';
import { recognizerFor } from '../../support/recognizer';

const VOCABULARY = { accounts: [], merchants: ['Amazon', 'Carrefour', 'Tesco', "Sainsbury's"], categories: ['groceries'] };

/** "how much" with a shop or a period named, and nothing else asked, is spending there or then. */
describe('a bare total with a shop or a period', () => {
  const { recognize } = recognizerFor(VOCABULARY);

  it.each([
    ['how much since the start of september', 'en-GB'],
    ['how much this month', 'en-GB'],
    ['total amazon since the start of september', 'en-GB'],
    ['not tesco, sainsburys — how much', 'en-GB'],
    ['combien depuis septembre', 'fr-FR'],
    ['combien ce mois-ci', 'fr-FR'],
    ['pas carrefour, auchan : combien', 'fr-FR'],
  ])('%j is a Transactions total', (text, locale) => {
    const result = recognize(text, locale);
    expect(Object.keys(result.intents)[0]).toBe('Transactions');
    expect(result.entities.transactionView).toEqual(['total']);
  });

  it('needs the total words alone, and a shop or a period', () => {
    expect(asksTotalOnly('how much', 1)).toBe(true);
    expect(asksTotalOnly('— how much', 1)).toBe(true);
    expect(asksTotalOnly(': combien', 2)).toBe(true);
    expect(asksTotalOnly('combien', 0)).toBe(false);
    expect(asksTotalOnly('how much is in my savings', 1)).toBe(false);
    expect(asksTotalOnly('combien d habitants', 1)).toBe(false);
    expect(asksTotalOnly('', 1)).toBe(false);
  });
});
