import type { BankRecognizer } from '../../../../bot/nlu/recognizer';
import { testRecognizer } from '../../../support/recognizer';

const OPTIONS = { now: new Date('2026-11-29T10:00:00+01:00'), timeZone: 'Europe/Paris' };

describe('Privacy requests', () => {
  let recognizer: BankRecognizer;
  beforeAll(async () => {
    recognizer = await testRecognizer();
  });

  it.each([
    ['what do you know about me?', 'show'],
    ['quelles données avez-vous sur moi ?', 'show'],
    ['delete my data', 'erase'],
    ['supprime mes données', 'erase'],
    ['who looked at my data?', 'audit'],
    ['qui a consulté mes données ?', 'audit'],
  ])('"%s" is Privacy, %s', (text, request) => {
    const result = recognizer.recognize(text, OPTIONS);
    expect(Object.keys(result.intents)[0]).toBe('Privacy');
    expect(result.entities.privacy).toEqual([request]);
  });

  it('leaves other questions without a privacy entity', () => {
    expect(recognizer.recognize('quel est mon solde ?', OPTIONS).entities.privacy).toBeUndefined();
  });
});
