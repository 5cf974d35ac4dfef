import { classificationText } from '../../../bot/nlu/classificationText';

describe('classificationText', () => {
  it('leaves names and numbers to the entities', () => {
    expect(classificationText('where is my argos order', 'en', ['Argos'])).toBe('where is my order');
    expect(classificationText('where is bl-771204519', 'en', [])).toBe('where is bl order');
    expect(classificationText('ou est la commande fn-20418836 de la fnac', 'fr', ['Fnac'])).toBe('ou est la commande fn commande de la');
  });

  it('takes a name written in full out whole, its short words too, and keeps short words elsewhere', () => {
    expect(classificationText("how much at nando's this year?", 'en', ["Nando's"])).toBe('how much at');
    expect(classificationText("how much at sainsbury's", 'en', ["Sainsbury's"])).toBe('how much at');
    expect(classificationText('how much at pret a manger this year?', 'en', ['Pret A Manger'])).toBe('how much at');
    expect(classificationText("combien chez mcdonald's cette annee ?", 'fr', ["McDonald's"])).toBe('combien chez');
    expect(classificationText('is there a payment at sainsburys', 'en', ["Sainsbury's"])).toBe('is there a payment at');
  });

  it('leaves a period shift to the entities: "before" asks for no upcoming payment', () => {
    expect(classificationText("combien le mois d'avant ?", 'fr', [])).toBe('combien');
    expect(classificationText('my balance the month before?', 'en', [])).toBe('my balance');
    expect(classificationText("combien la semaine d'avant chez carrefour", 'fr', ['Carrefour'])).toBe('combien chez');
  });

  it('leaves an opening follow-up marker to the entities: "and" alone asks nothing', () => {
    expect(classificationText('et ce mois-ci ?', 'fr', [])).toBe('');
    expect(classificationText('and the month before?', 'en', [])).toBe('');
    expect(classificationText('et chez carrefour ?', 'fr', ['Carrefour'])).toBe('chez');
  });

  it('keeps a lone answer as it is', () => {
    expect(classificationText('k7h2m9pq', 'fr', [])).toBe('k7h2m9pq');
  });
});
