import { expandTemplates, type TemplateFile } from '../../../bot/nlu/corpus/templates';

const file = (perIntent?: number): TemplateFile => ({
  perTemplate: 2, perIntent, typoShare: 0,
  slots: { bye: ['bye', 'ciao', 'see you', 'farewell'], tail: ['', 'thanks', 'mate'] },
  intents: { Goodbye: ['{bye} {tail}'], Thanks: ['thanks {tail}', 'thank you {tail}'] },
});

describe('expandTemplates', () => {
  it('draws perTemplate phrases from each template', () => {
    const phrases = expandTemplates(file(), 1);
    expect(phrases.filter((p) => p.intent === 'Goodbye')).toHaveLength(2);
    expect(phrases.filter((p) => p.intent === 'Thanks')).toHaveLength(4);
  });

  it('draws perIntent phrases at least for an intent of one template, each distinct, up to what it can say', () => {
    const goodbyes = expandTemplates(file(10), 1).filter((p) => p.intent === 'Goodbye');
    expect(goodbyes).toHaveLength(10);
    expect(new Set(goodbyes.map((p) => p.text)).size).toBe(10);
    expect(expandTemplates(file(40), 1).filter((p) => p.intent === 'Goodbye')).toHaveLength(12);
  });
});
