import { inScopeAccuracy, isRejection, rejectionRate, score } from '../../../../bot/nlu/evaluation/scoring';
import type { IntentName } from '../../../../bot/nlu/types';

describe('score', () => {
  const answers: Record<string, IntentName> = { a: 'Balance', b: 'Transactions', c: 'Help', d: 'Delivery' };
  const result = score(
    [{ text: 'a', expected: 'Balance' }, { text: 'b', expected: 'Balance' }, { text: 'c', expected: 'Rejected' }, { text: 'd', expected: 'None' }],
    (text) => answers[text],
  );

  it('counts exact intents in scope and any non-data intent as a refusal', () => {
    expect(inScopeAccuracy(result)).toBe(0.5);
    expect(rejectionRate(result)).toBe(0.5);
    expect(isRejection('Greeting')).toBe(true);
    expect(isRejection('Receipt')).toBe(false);
    // The insights show the customer's data too: a spending chart in reply to an out-of-scope request is no refusal.
    expect(isRejection('Subscriptions')).toBe(false);
    expect(isRejection('SpendingBreakdown')).toBe(false);
  });

  it('builds a confusion table and lists the errors', () => {
    expect(result.confusion).toEqual({ Balance: { Balance: 1, Transactions: 1 }, Rejected: { Help: 1 }, None: { Delivery: 1 } });
    expect(result.errors.map((e) => e.text)).toEqual(['b', 'd']);
  });
});
