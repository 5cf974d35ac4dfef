import { heldOutPhrases, trainingPhrases } from '../../../../bot/nlu/corpus';
import { overlappingLines } from '../../../../bot/nlu/evaluation/overlap';
import { publicTestLines } from '../../../../bot/nlu/evaluation/sources';

const training = [...trainingPhrases('fr'), ...trainingPhrases('en')].map(({ text }) => text);

describe('no test line is trained on', () => {
  it('compares phrases without case, accents or punctuation', () => {
    expect(overlappingLines(['Whats my balance?'], ["what's my BALANCE", 'my balance'])).toEqual(["what's my BALANCE"]);
  });

  it('keeps the held-out phrases out of the training corpus', () => {
    const heldOut = [...heldOutPhrases('fr'), ...heldOutPhrases('en')].map(({ text }) => text);
    expect(overlappingLines(training, heldOut)).toEqual([]);
  });

  it('keeps every CLINC150 and BANKING77 test line out of the training corpus', () => {
    const lines = publicTestLines();
    expect(lines.length).toBeGreaterThan(4000);
    expect(overlappingLines(training, lines)).toEqual([]);
  });
});
