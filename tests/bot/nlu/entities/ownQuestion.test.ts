import { findOwnQuestion } from '../../../../bot/nlu/entities/ownQuestion';
import { foldText } from '../../../../bot/nlu/text/normalize';

describe('a message that asks something of its own', () => {
  it.each([
    'mes livrets', 'ma commande de chez boulanger je l ai payé combien', 'hows my checking doing', 'is my water bill due soon',
    "c'est quoi mon prélèvement netflix", 'what did I spend at Tesco', 'cancel my amazon order', 'annule ma commande Fnac',
  ])('"%s" is a question of its own', (text) => {
    expect(findOwnQuestion(foldText(text))).toEqual(['question']);
  });

  it.each(['chez Amazon ?', 'en octobre ?', 'sur le livret A ?', 'at Tesco?', 'in October', 'octobre', 'sur mon livret A ?', 'on my savings?', 'dépenses chez Carrefur le mois dernier'])('"%s" is only slots', (text) => {
    expect(findOwnQuestion(foldText(text))).toEqual([]);
  });
});
