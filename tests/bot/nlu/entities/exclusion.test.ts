import { splitExclusions } from '../../../../bot/nlu/entities/exclusion';

describe('the words a message leaves out', () => {
  it.each([
    ['mes depenses en octobre hors loyer', 'mes depenses en octobre', ['loyer']],
    ['what did i spend at tesco in november except groceries', 'what did i spend at tesco in november', ['groceries']],
    ['mes depenses pas chez carrefour chez monoprix', 'mes depenses chez monoprix', ['carrefour']],
    ['sauf les courses, en octobre', ', en octobre', ['courses']],
    ['my spending excluding rent last month', 'my spending last month', ['rent']],
  ])('"%s" keeps "%s" and leaves out %j', (folded, kept, left) => {
    expect(splitExclusions(folded)).toEqual({ kept, left });
  });

  it('a bare "pas" leaves nothing out', () => {
    expect(splitExclusions("je n'ai pas de salaire")).toEqual({ kept: "je n'ai pas de salaire", left: [] });
  });
});
