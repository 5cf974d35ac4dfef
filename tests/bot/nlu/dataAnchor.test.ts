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
  const doubted = { probability: 0.1, unfamiliar: 0 };
  const trusted = { probability: 0.6, unfamiliar: 0 };

  it('refuses a doubted request that names no data, and answers it when it names data', () => {
    expect(refusedAt(doubted, 'when did napoleon die', 'en')).toBe(true);
    expect(refusedAt(doubted, 'when did my salary come in', 'en')).toBe(false);
  });

  it('sets a lower bar in French, where a list of the weekends names no data, and no bar of unfamiliar words', () => {
    expect(refusedAt({ probability: 0.2, unfamiliar: 0 }, 'les week ends du mois dernier', 'fr')).toBe(false);
    expect(refusedAt({ probability: 0.1, unfamiliar: 0 }, 'je suis fatigue', 'fr')).toBe(true);
    expect(refusedAt({ probability: 0.1, unfamiliar: 0 }, 'mon solde', 'fr')).toBe(false);
    expect(refusedAt({ probability: 0.05, unfamiliar: 2 }, 'les week ends', 'fr', true)).toBe(false);
    expect(refusedAt({ probability: 0.05, unfamiliar: 2 }, 'les week ends', 'fr')).toBe(true);
    expect(refusedAt({ probability: 0.2, unfamiliar: 2 }, 'les week ends du mois dernier', 'fr')).toBe(false);
    expect(refusedAt({ probability: 0.03, unfamiliar: 2 }, 'quand est mort victor hugo', 'fr')).toBe(true);
  });

  it('refuses a trusted English request that names no data with one word no data question uses', () => {
    expect(refusedAt({ probability: 0.6, unfamiliar: 1 }, 'when was my hedge last trimmed', 'en')).toBe(true);
    expect(refusedAt({ probability: 0.6, unfamiliar: 0 }, 'when was my hedge last trimmed', 'en')).toBe(false);
    expect(refusedAt({ probability: 0.6, unfamiliar: 1 }, 'how rich am i', 'en')).toBe(false);
    expect(refusedAt({ probability: 0.6, unfamiliar: 1 }, 'were is my oder', 'en')).toBe(false);
    expect(refusedAt({ probability: 0.6, unfamiliar: 1 }, 'je suis fatigue', 'fr')).toBe(false);
    expect(refusedAt({ probability: 0.6, unfamiliar: 2 }, 'when was my last salry paymnt', 'en')).toBe(false);
    expect(refusedAt({ probability: 0.6, unfamiliar: 2 }, 'how much at pret a manger', 'en')).toBe(false);
    expect(refusedAt({ probability: 0.6, unfamiliar: 2 }, 'combien chez leroy merlin', 'fr')).toBe(false);
  });

  it('answers a request the model does not doubt, data named or not, and refuses one it rules out', () => {
    expect(refusedAt(trusted, 'am i in the red', 'en')).toBe(false);
    expect(refusedAt(trusted, 'il me reste combien', 'fr')).toBe(false);
    expect(refusedAt({ probability: 0.01, unfamiliar: 0 }, 'my balance', 'en')).toBe(true);
    expect(refusedAt({ probability: 0.03, unfamiliar: 0 }, 'mon solde', 'fr')).toBe(true);
  });
});
