import { chooseLanguage, detectLanguage } from '../../../bot/nlu/language';
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

describe('chooseLanguage: clear evidence decides, an ambiguous message keeps the conversation', () => {
  const read = (text: string, context: Parameters<typeof chooseLanguage>[1]) => chooseLanguage(foldText(text), context);

  it.each(['ok', 'stop', '123456', 'Fnac', 'FN-48213', 'Zalando', 'ok merci thanks'])(
    'keeps the conversation\'s language for "%s"', (text) => {
      expect(read(text, { conversationLanguage: 'en', customerLocale: 'fr-FR' })).toBe('en');
      expect(read(text, { conversationLanguage: 'fr', customerLocale: 'en-GB' })).toBe('fr');
    });

  it('falls back to the customer\'s locale, then the channel\'s, then French', () => {
    expect(read('ok', { customerLocale: 'en-GB', channelLocale: 'fr-FR' })).toBe('en');
    expect(read('ok', { channelLocale: 'en-US' })).toBe('en');
    expect(read('ok', {})).toBe('fr');
  });

  it('lets a clear message decide against the conversation and the locale', () => {
    expect(read('whats my balance', { conversationLanguage: 'fr', customerLocale: 'fr-FR' })).toBe('en');
    expect(read('combien sur mon livret', { conversationLanguage: 'en', customerLocale: 'en-GB' })).toBe('fr');
  });

  it('reads "active les notifications" as French after "link <code>" was read as English', () => {
    expect(read('active les notifications', { conversationLanguage: 'en', customerLocale: 'fr-FR' })).toBe('fr');
  });

  it('needs more than one word against the customer\'s locale to leave the conversation\'s language', () => {
    expect(read('livret', { conversationLanguage: 'en', customerLocale: 'en-GB' })).toBe('en');
    expect(read('livret', { conversationLanguage: 'en', customerLocale: 'fr-FR' })).toBe('fr');
    expect(read('livret', { conversationLanguage: 'en' })).toBe('fr');
  });
});
