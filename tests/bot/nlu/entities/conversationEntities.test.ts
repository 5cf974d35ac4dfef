import { findEntities } from '../../../../bot/nlu/entities';
import { foldText } from '../../../../bot/nlu/text/normalize';
import type { Language, RecognizedEntities } from '../../../../bot/nlu/types';

function entitiesOf(text: string, language: Language = 'fr'): RecognizedEntities {
  return findEntities(foldText(text), language, { now: new Date('2026-11-29T10:00:00+01:00'), timeZone: 'Europe/Paris' });
}

describe('entities about the conversation itself', () => {
  it.each([
    ['où est BL-771204519 ?', ['BL-771204519']],
    ['reçu de la commande 203-4471982-5530716', ['203-4471982-5530716']],
    ['ma commande fn-20418836', ['FN-20418836']],
    // A shorter number the customer calls an order is one: an unknown one is then said to be unknown.
    ['quand arrive la commande numéro 12345', ['12345']],
    ['when does order 12345 arrive', ['12345']],
    ['where is order #4471', ['4471']],
  ])('reads the order number of "%s"', (text, numbers) => {
    expect(entitiesOf(text).orderNumber).toEqual(numbers);
  });

  it('reads no order number in a link code, a short number or an amount', () => {
    expect(entitiesOf('link 123456', 'en').orderNumber).toBeUndefined();
    expect(entitiesOf('la commande de 123 €').orderNumber).toBeUndefined();
    expect(entitiesOf('mes 3 commandes').orderNumber).toBeUndefined();
    expect(entitiesOf('plus de 100 €').orderNumber).toBeUndefined();
  });

  it.each<[string, Language, NonNullable<RecognizedEntities['reference']>]>([
    ['2', 'fr', [{ kind: 'position', position: 2 }]],
    ['n°3', 'fr', [{ kind: 'position', position: 3 }]],
    ['la deuxième', 'fr', [{ kind: 'position', position: 2 }]],
    ['le premier', 'fr', [{ kind: 'position', position: 1 }]],
    ['the second one', 'en', [{ kind: 'position', position: 2 }]],
    ['the 3rd', 'en', [{ kind: 'position', position: 3 }]],
    ['le dernier', 'fr', [{ kind: 'latest' }]],
    ['my latest order', 'en', [{ kind: 'latest' }]],
    ['mon dernier reçu', 'fr', [{ kind: 'latest' }]],
    ['my last receipt', 'en', [{ kind: 'latest' }]],
    // Several recent ones: a list, newest first, not the newest alone.
    ['mes derniers tickets', 'fr', [{ kind: 'recent' }]],
    ['mes reçus récents', 'fr', [{ kind: 'recent' }]],
    ['my recent receipts', 'en', [{ kind: 'recent' }]],
    ['my last few orders', 'en', [{ kind: 'recent' }]],
    ['my latest Amazon receipts', 'en', [{ kind: 'recent' }]],
  ])('reads "%s" as a reference to an item', (text, language, reference) => {
    expect(entitiesOf(text, language).reference).toEqual(reference);
  });

  it('does not take a date or a period for a reference', () => {
    expect(entitiesOf('mon solde le 1er octobre').reference).toBeUndefined();
    expect(entitiesOf('reçu du mois dernier').reference).toBeUndefined();
    expect(entitiesOf('spending last week', 'en').reference).toBeUndefined();
    expect(entitiesOf('the 1st of May', 'en').reference).toBeUndefined();
    expect(entitiesOf('mes dépenses des 30 derniers jours').reference).toBeUndefined();
    expect(entitiesOf('mes reçus des 10 derniers jours').reference).toBeUndefined();
    expect(entitiesOf('my receipts from the last 2 weeks', 'en').reference).toBeUndefined();
  });

  it.each<[string, Language, 'continue' | 'correct']>([
    ['et sur le livret A ?', 'fr', 'continue'],
    ['and on my credit card?', 'en', 'continue'],
    ['what about my savings?', 'en', 'continue'],
    ['non, en novembre', 'fr', 'correct'],
    ['no, I meant November', 'en', 'correct'],
    ['non plutôt chez Amazon', 'fr', 'correct'],
    ['je voulais dire en octobre', 'fr', 'correct'],
  ])('reads "%s" as a follow-up marker: %s', (text, language, marker) => {
    expect(entitiesOf(text, language).followUp).toEqual([marker]);
  });

  it('reads no follow-up in a question of its own', () => {
    expect(entitiesOf('combien et où ?').followUp).toBeUndefined();
    expect(entitiesOf('quel est mon solde ?').followUp).toBeUndefined();
    expect(entitiesOf('how much did I spend?', 'en').followUp).toBeUndefined();
  });

  it.each<[string, Language, NonNullable<RecognizedEntities['periodShift']>[number]]>([
    ["et le mois d'avant ?", 'fr', { unit: 'month', step: -1 }],
    ['le mois précédent', 'fr', { unit: 'month', step: -1 }],
    ['la semaine suivante', 'fr', { unit: 'week', step: 1 }],
    ['la veille', 'fr', { unit: 'day', step: -1 }],
    ["l'année d'avant", 'fr', { unit: 'year', step: -1 }],
    ['and the month before?', 'en', { unit: 'month', step: -1 }],
    ['the previous week', 'en', { unit: 'week', step: -1 }],
    ['the day after', 'en', { unit: 'day', step: 1 }],
  ])('reads "%s" as a period shift', (text, language, shift) => {
    expect(entitiesOf(text, language).periodShift).toEqual([shift]);
  });

  it.each([
    ['100', 10000], ['100 €', 10000], ['£99.50', 9950], ['1 000 euros', 100000], ['150,5', 15050],
  ])('reads the bare amount "%s" as %i cents', (text, cents) => {
    expect(entitiesOf(text).bareAmount).toEqual([{ cents }]);
  });

  it('reads no bare amount in a sentence, and a threshold with "sous"', () => {
    expect(entitiesOf('sous 100 €').bareAmount).toBeUndefined();
    expect(entitiesOf('sous 100 €').amount).toEqual([{ cents: 10000, comparison: 'lt' }]);
    expect(entitiesOf('12345678901234').bareAmount).toBeUndefined();
  });

  it('reads "alerte-moi" and "préviens-moi" as turning a low-balance alert on', () => {
    expect(entitiesOf('alerte-moi si mon solde passe sous 100 €').notification).toEqual([{ action: 'on', topic: 'lowBalance' }]);
    expect(entitiesOf('préviens-moi sous 100 €').notification).toEqual([{ action: 'on', topic: 'lowBalance' }]);
  });
});
