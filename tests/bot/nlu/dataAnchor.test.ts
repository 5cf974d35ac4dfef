import { namesData } from '../../../bot/nlu/outOfScope/dataAnchor';
import { refusedAt } from '../../../bot/nlu/outOfScope/scopeModel';
import type { Language } from '../../../bot/nlu/types';

describe('the words that name data', () => {
  it.each<[string, Language]>([
    ['where s my parcel', 'en'], ['show me my transactionss', 'en'], ['what did the plumber cost me', 'en'],
    ['mes depences du mois', 'fr'], ['le ticket de la fnac', 'fr'], ['combien sur mon livret', 'fr'],
  ])('are in "%s" (%s)', (folded, language) => {
    expect(namesData(folded, language)).toBe(true);
  });

  // "parents" is two letters from "payments", "quand" a word of every kind of question.
  it.each<[string, Language]>([
    ['when did napoleon die', 'en'], ['what time is it', 'en'], ['how are my parents', 'en'],
    ['quand est mort victor hugo', 'fr'], ['quelle heure est il', 'fr'],
  ])('are not in "%s" (%s)', (folded, language) => {
    expect(namesData(folded, language)).toBe(false);
  });
});

describe('the scope model’s bars', () => {
  it('refuses a doubted request that names no data, and answers it when it names data', () => {
    expect(refusedAt(0.1, 'when did napoleon die', 'en')).toBe(true);
    expect(refusedAt(0.1, 'when did my salary come in', 'en')).toBe(false);
    expect(refusedAt(0.1, 'quand est mort victor hugo', 'fr')).toBe(true);
    expect(refusedAt(0.1, 'quand est arrive mon colis', 'fr')).toBe(false);
  });

  it('answers a request the model does not doubt, data named or not, and refuses one it rules out', () => {
    expect(refusedAt(0.6, 'am i in the red', 'en')).toBe(false);
    expect(refusedAt(0.6, 'il me reste combien', 'fr')).toBe(false);
    expect(refusedAt(0.01, 'my balance', 'en')).toBe(true);
    expect(refusedAt(0.03, 'mon solde', 'fr')).toBe(true);
  });
});
