import { heldOutSource } from '../../../../bot/nlu/evaluation/sources';
import { inScopeAccuracy, rejectionRate, score } from '../../../../bot/nlu/evaluation/scoring';
import type { BankRecognizer } from '../../../../bot/nlu/recognizer';
import { testRecognizer } from '../../../support/recognizer';
import type { IntentName, Language } from '../../../../bot/nlu/types';

const NOW = new Date('2026-11-29T10:00:00+01:00');

/** The quality gate: the project's own held-out phrases, per language. */
describe.each<Language>(['fr', 'en'])('held-out phrases in %s', (language) => {
  let recognizer: BankRecognizer;
  beforeAll(async () => {
    recognizer = await testRecognizer();
  });

  it('gets ≥95% of in-scope intents right and refuses ≥95% of out-of-scope requests', () => {
    const predict = (text: string): IntentName =>
      Object.keys(recognizer.recognize(text, { localeHint: language, now: NOW, timeZone: 'Europe/Paris' }).intents)[0] as IntentName;
    const result = score(heldOutSource(language).cases, predict);
    expect(inScopeAccuracy(result)).toBeGreaterThanOrEqual(0.95);
    expect(rejectionRate(result)).toBeGreaterThanOrEqual(0.95);
  });
});
