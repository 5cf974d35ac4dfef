import { answeredOnPurpose as listedIn, banking77Source, clincSources } from '../../../../bot/nlu/evaluation/sources';
import { answeredOnPurpose, formatAnsweredOnPurpose, formatScore, shownData } from '../../../../bot/nlu/evaluation/report';
import { rejectionRate, score } from '../../../../bot/nlu/evaluation/scoring';
import type { IntentName } from '../../../../bot/nlu/types';

describe('out-of-scope lines answered with data on purpose', () => {
  const onPurpose = { intent: 'Delivery' as const, reason: 'the customer’s own order' };
  const answers: Record<string, IntentName> = { listed: 'Delivery', otherIntent: 'Balance', unlisted: 'Delivery' };
  const result = score(
    [{ text: 'listed', expected: 'Rejected', onPurpose }, { text: 'otherIntent', expected: 'Rejected', onPurpose }, { text: 'unlisted', expected: 'Rejected' }],
    (text) => answers[text],
  );

  it('leave the lines that show data only when answered with the intent listed, and are no refusals', () => {
    expect(shownData(result).map(({ text }) => text)).toEqual(['otherIntent', 'unlisted']);
    expect(answeredOnPurpose(result).map(({ text, onPurpose: reason }) => [text, reason])).toEqual([['listed', 'the customer’s own order']]);
    expect(rejectionRate(result)).toBe(0);
  });

  it('are counted apart and printed with their reason', () => {
    expect(formatScore('set', result)[1]).toBe('  out-of-scope refused 0.0% (0/3), 2 show the customer\'s data (target 0), 1 answered with data on purpose (listed)');
    expect(formatAnsweredOnPurpose(result)).toEqual([
      '  answered with data on purpose (publicSets/answered-on-purpose.json, not counted above):',
      '    = "listed" → Delivery: the customer’s own order',
    ]);
  });

  it('are each a line of the public test split they name, and few', () => {
    const cases = [...clincSources(), banking77Source()].flatMap((source) => source.cases);
    const listed = cases.filter((testCase) => testCase.onPurpose !== undefined);
    expect(listed.map(({ text }) => text).sort()).toEqual([
      'check the status of my amazon orders for me', 'what is my income this year', 'what is my payment going to be',
      'what was the date when i last go paid', 'when did i last collect my salary',
    ]);
    expect(listed.every(({ expected }) => expected === 'Rejected')).toBe(true);
    expect(() => listedIn('clinc150_subset.json', 'oos_test', ['another line'])).toThrow(/lacks: check the status/);
  });
});
