import { classificationText } from '../../../bot/nlu/classificationText';

describe('classificationText', () => {
  it('leaves names and numbers to the entities', () => {
    expect(classificationText('where is my argos order', 'en', ['Argos'])).toBe('where is my order');
    expect(classificationText('where is bl-771204519', 'en', [])).toBe('where is bl order');
    expect(classificationText('ou est la commande fn-20418836 de la fnac', 'fr', ['Fnac'])).toBe('ou est la commande fn commande de la');
  });

  it('keeps a lone answer as it is', () => {
    expect(classificationText('k7h2m9pq', 'fr', [])).toBe('k7h2m9pq');
  });
});
