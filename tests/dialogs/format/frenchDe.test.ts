import { deName } from '../../../dialogs/format/frenchDe';
import { textsFor } from '../../../dialogs/texts';

const S = '\u00a0';

describe('"de" before a name in French', () => {
  it.each([
    ['Thales', 'de Thales'], ['Amazon', 'd’Amazon'], ['Uber', 'd’Uber'], ['EDF', 'd’EDF'], ['Ikea', 'd’Ikea'],
    ['Yves Rocher', 'd’Yves Rocher'], ['Yahoo', 'de Yahoo'], ['Orange', 'd’Orange'], ['Élysée Lunch', 'd’Élysée Lunch'],
    ['Le Bon Marché', 'du Bon Marché'], ['Les Galeries Lafayette', 'des Galeries Lafayette'], ['La Poste', 'de La Poste'],
    ['L’Occitane', 'de L’Occitane'], ['Hermès', 'de Hermès'], ['SNCF', 'de SNCF'],
  ])('%s → %s', (name, said) => {
    expect(deName(name)).toBe(said);
  });

  it('is used wherever a payer follows "de": salary, last payment, notification of money in', () => {
    const fr = textsFor('fr');
    expect(fr.incomeArrived('12,00 €', 'Amazon', 'mardi 3 novembre', 'il y a 2 jours', 'Compte courant'))
      .toBe(`Oui${S}: 12,00 € d’Amazon sont arrivés le mardi 3 novembre (il y a 2 jours), sur Compte courant.`);
    expect(fr.incomeLast('40,00 €', 'Le Bon Marché', '2 octobre')).toBe(`Le dernier versement${S}: 40,00 € du Bon Marché le 2 octobre.`);
    expect(fr.salaryNotYet('2 500,00 €', 'Thales', 'mardi 27 octobre', 'il y a 33 jours'))
      .toBe(`Pas encore${S}: votre dernier salaire, 2 500,00 € de Thales, est arrivé le mardi 27 octobre (il y a 33 jours).`);
    expect(fr.notify.moneyIn('15,00 €', 'Uber')).toBe('💶 15,00 € reçus d’Uber');
  });
});
