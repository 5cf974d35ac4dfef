import { classificationText } from '../../../bot/nlu/classificationText';

describe('classificationText', () => {
  it('leaves names and numbers to the entities', () => {
    expect(classificationText('where is my argos order', 'en', ['Argos'])).toBe('where is my order');
    expect(classificationText('where is bl-771204519', 'en', [])).toBe('where is bl order');
    expect(classificationText('ou est la commande fn-20418836 de la fnac', 'fr', ['Fnac'])).toBe('ou est la commande fn commande de la');
  });

  it('leaves a period shift to the entities: "before" asks for no upcoming payment', () => {
    expect(classificationText("et le mois d'avant ?", 'fr', [])).toBe('et le');
    expect(classificationText('and the month before?', 'en', [])).toBe('and the');
    expect(classificationText('and the previous week at tesco', 'en', ['Tesco'])).toBe('and the at');
  });

  it('keeps a lone answer as it is', () => {
    expect(classificationText('k7h2m9pq', 'fr', [])).toBe('k7h2m9pq');
  });
});
