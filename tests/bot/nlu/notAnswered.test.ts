import { findNotAnswered } from '../../../bot/nlu/notAnswered';
import { findTransactionView } from '../../../bot/nlu/entities/transactionView';
import { asksForLastPay } from '../../../bot/nlu/incomeCue';
import { foldText } from '../../../bot/nlu/text/normalize';

describe('what the assistant does not answer, said plainly', () => {
  it.each(['', '   ', '\u200b\u200b', '?!', 'stp', 'stp stp', "s'il vous plaît", 'please', 'pls!'])('%j says nothing to answer', (text) => {
    expect(findNotAnswered(foldText(text))).toEqual(['nothingSaid']);
  });

  it.each([
    'comment je peux économiser plus ?', 'des conseils pour mon budget', 'tu me conseilles quoi pour épargner',
    'any tips for saving?', 'how do I spend less', 'help me budget', 'should I invest my savings',
  ])('%j asks for advice', (text) => {
    expect(findNotAnswered(foldText(text))).toEqual(['advice']);
  });

  // A mean is answered when it is one of spending, refused otherwise: judged with the intent (`averageCue.ts`).
  it.each(['ma dépense moyenne chaque semaine', 'mes courses en moyenne', 'my average grocery bill', 'what do I spend on average a week'])(
    '%j asks for a mean, which is a view of spending, not a thing left unanswered', (text) => {
      expect(findNotAnswered(foldText(text))).toEqual([]);
      expect(findTransactionView(foldText(text))).toEqual(['average']);
    },
  );

  it.each(['mon solde stp', 'please show my balance', 'combien j’ai dépensé', 'stop', 'how much did I save on my Livret'])('%j is a request', (text) => {
    expect(findNotAnswered(foldText(text))).toEqual([]);
  });
});

describe('the last pay received, said outright', () => {
  it.each([
    ['fr', 'c’était combien ma dernière paie'], ['fr', 'le dernier virement de salaire'], ['fr', 'j’ai été payé quand la dernière fois'],
    ['en', 'what did my latest wages come to'], ['en', 'show me the most recent salary payment'], ['en', 'the last time I got paid'],
  ] as const)('%s %j', (language, text) => {
    expect(asksForLastPay(foldText(text), language)).toBe(true);
  });

  it.each([
    ['fr', 'la dernière fois que j’ai reçu un colis'], ['fr', 'mon prochain salaire'], ['en', 'when is my next payday'], ['en', 'my last order'],
  ] as const)('%s %j is not', (language, text) => {
    expect(asksForLastPay(foldText(text), language)).toBe(false);
  });
});
