import { luisTraceInfo } from '../../bot/turn/recognitionTrace';
import type { BankRecognizerResult } from '../../bot/nlu/types';

describe('the trace for the Emulator’s LUIS inspector', () => {
  it('wraps the recognizer result in the { recognizerResult, luisModel, luisOptions, luisResult } the inspector reads', () => {
    const result: BankRecognizerResult = {
      text: 'dépenses chez Carrefour le mois dernier',
      intents: { Balance: { score: 0.1 }, Transactions: { score: 0.87 }, None: { score: 0.03 } },
      entities: { language: 'fr', merchant: ['Carrefour'], period: [{ start: '2026-10-01', end: '2026-10-31' }] },
    };
    expect(luisTraceInfo(result)).toEqual({
      recognizerResult: result,
      luisModel: { ModelID: 'bank-assistant-local-recognizer' },
      luisOptions: { Staging: false },
      luisResult: {
        query: 'dépenses chez Carrefour le mois dernier',
        topScoringIntent: { intent: 'Transactions', score: 0.87 },
        intents: [
          { intent: 'Transactions', score: 0.87 },
          { intent: 'Balance', score: 0.1 },
          { intent: 'None', score: 0.03 },
        ],
        entities: [
          { type: 'language', entity: 'fr' },
          { type: 'merchant', entity: 'Carrefour' },
          { type: 'period', entity: '{"start":"2026-10-01","end":"2026-10-31"}' },
        ],
      },
    });
  });

  it('names None the top intent of a result without intents', () => {
    const info = luisTraceInfo({ text: '', intents: {}, entities: { language: 'en' } });
    expect(info.luisResult.topScoringIntent).toEqual({ intent: 'None', score: 0 });
  });
});
