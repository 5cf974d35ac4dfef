import { findEntities } from '../../../bot/nlu/entities';
import { findPeriods } from '../../../bot/nlu/periods';
import { foldText } from '../../../bot/nlu/text/normalize';
import { withSmsSpellingsWritten } from '../../../bot/nlu/text/smsSpellings';
import type { CustomerVocabulary } from '../../../bot/nlu/types';

const NOW = new Date('2026-11-29T10:00:00+01:00');
const VOCABULARY: CustomerVocabulary = {
  accounts: [
    { id: 'c1-checking', type: 'checking', name: 'Compte courant' }, { id: 'c1-savings', type: 'savings', name: 'Livret A' },
    { id: 'c1-card', type: 'credit_card', name: 'Carte Visa Premier' },
  ],
  merchants: [],
  categories: [],
};
const entitiesOf = (text: string) => findEntities(withSmsSpellingsWritten(foldText(text)), 'fr', { vocabulary: VOCABULARY, now: NOW, timeZone: 'Europe/Paris' });

describe('"cb" is "combien" where a card cannot stand', () => {
  it.each([
    ['jai cb sur mon compte courant', "j'ai combien sur mon compte courant"],
    ['cb il me reste', 'combien il me reste'],
    ['il me reste cb', 'il me reste combien'],
    ['mes paiements cb', 'mes paiements cb'],
    ['cb visa', 'cb visa'],
  ])('%j reads %j', (typed, read) => {
    expect(withSmsSpellingsWritten(foldText(typed))).toBe(read);
  });

  it('"jai cb sur mon compte courant" names the current account only', () => {
    expect(entitiesOf('jai cb sur mon compte courant').account).toEqual([{ id: 'c1-checking', type: 'checking', text: 'compte courant' }]);
  });
});

describe('an account left out with none named', () => {
  it.each([['solde sauf le LA', 'le la'], ['mes soldes sauf le livret A', 'livret a'], ['mon solde, pas celui du livret', 'livret']])(
    '%j leaves out the Livret A and names no account', (text, named) => {
      const entities = entitiesOf(text);
      expect(entities.account).toBeUndefined();
      expect(entities.notAccount).toEqual([{ id: 'c1-savings', type: 'savings', text: named }]);
    },
  );
});

describe('a question of when', () => {
  it.each(['quand est-ce que j’ai été payé la dernière fois', 'à quelle date est arrivé mon salaire', 'when was my last paycheck'])('%j asks when', (text) => {
    expect(entitiesOf(text).askedWhen).toEqual(['when']);
  });

  it('"mon salaire est arrivé ?" asks whether, not when', () => {
    expect(entitiesOf('mon salaire est arrivé ?').askedWhen).toBeUndefined();
  });
});

describe('"du mois" after movements is this month, as "de la semaine" is this week', () => {
  const periodOf = (text: string) => findPeriods(foldText(text), 'fr', NOW, 'Europe/Paris');
  it.each([['mes dépenses du mois', '2026-11-01', '2026-11-29'], ['mes opérations du mois en cours', '2026-11-01', '2026-11-29'],
    ['mes dépenses de la semaine', '2026-11-23', '2026-11-29'], ['mes dépenses du mois dernier', '2026-10-01', '2026-10-31']])('%j is %s … %s', (text, start, end) => {
    expect(periodOf(text)).toEqual([{ start, end }]);
  });

  it.each(['mes échéances du mois', "d'ici la fin du mois", "mes dépenses du mois d'avant"])('%j is no period of its own', (text) => {
    expect(periodOf(text)).toEqual([]);
  });
});
