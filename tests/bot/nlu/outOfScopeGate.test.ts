import { DATA_INTENTS } from '../../../dialogs/intents';
import { classificationText } from '../../../bot/nlu/classificationText';
import { heldOutPhrases, trainingPhrases } from '../../../bot/nlu/corpus';
import { outOfScopeKind, type OutOfScopeKind } from '../../../bot/nlu/outOfScope/gate';
import type { BankRecognizer } from '../../../bot/nlu/recognizer';
import { foldText, words } from '../../../bot/nlu/text/normalize';
import type { Language } from '../../../bot/nlu/types';
import { testRecognizer } from '../../support/recognizer';

const NOW = new Date('2026-11-29T10:00:00+01:00');
const SHOWS_DATA = new Set<string>(DATA_INTENTS);

/** New phrases of each kind, none in the corpus, the held-out phrases or the public sets. */
const CASES: readonly [string, Language, OutOfScopeKind][] = [
  ['comment je peux envoyer des sous à ma sœur', 'fr', 'action'],
  ['je voudrais changer le plafond de ma CB', 'fr', 'action'],
  ['how can i move money into my isa', 'en', 'action'],
  ["i'd like to close my joint account", 'en', 'action'],
  ['les frais de retrait à l’étranger c’est combien', 'fr', 'feesAndRates'],
  ['quel taux pour mon livret A', 'fr', 'feesAndRates'],
  ["what's the interest on my savings", 'en', 'feesAndRates'],
  ['do you charge for paying in euros', 'en', 'feesAndRates'],
  ['on m’a prélevé deux fois mon abonnement Netflix', 'fr', 'dispute'],
  ['il y a un débit bizarre sur mon compte', 'fr', 'dispute'],
  ['i think i was charged twice at tesco', 'en', 'dispute'],
  ["there's a payment on my account i don't recognise", 'en', 'dispute'],
  ["j'ai oublié mon code secret", 'fr', 'cardOrCredentials'],
  ['ma carte bleue est cassée', 'fr', 'cardOrCredentials'],
  ['my card has expired', 'en', 'cardOrCredentials'],
  ['reset my banking password', 'en', 'cardOrCredentials'],
  ['commande-moi des croquettes pour le chat', 'fr', 'shopping'],
  ['alexa, how much is on my account', 'en', 'shopping'],
  ['purchase a kettle from argos', 'en', 'shopping'],
  ['quand est-ce que ma paie va tomber', 'fr', 'payToCome'],
  ['quel jour je suis payé', 'fr', 'payToCome'],
  ['when do i get paid next', 'en', 'payToCome'],
  ['how much do i make', 'en', 'payToCome'],
  ['the money i sent my brother still has not arrived', 'en', 'dispute'],
  ['how long till the cash i paid in reaches my account', 'en', 'payToCome'],
  ['is there much mobile data left on my contract', 'en', 'notMoney'],
  ['how much is my van worth these days', 'en', 'notMoney'],
  ["what's the status of my passport application", 'en', 'notMoney'],
  ['show me the recent activity on my strava', 'en', 'notMoney'],
  // Kinds and cues of 2026-12-02: freezing an account, a travel notice, cheque books, a saving order.
  ['put a hold on my joint account please', 'en', 'action'],
  ['let my bank know i am travelling to portugal', 'en', 'action'],
  ['i have run out of cheques for my business account', 'en', 'action'],
  ['save 50 a week for me', 'en', 'action'],
  ['are contactless payments pricey abroad', 'en', 'feesAndRates'],
  ['what is the 2 pound charge on my account', 'en', 'dispute'],
  ['there is an extra 3 dollars on my card', 'en', 'dispute'],
  ['submit an order for printer ink', 'en', 'shopping'],
  ['get me an order of protein bars', 'en', 'shopping'],
  ['get me a packet of crisps', 'en', 'shopping'],
  ['what was my gross pay in october', 'en', 'payToCome'],
  ['how much are all my utility bills', 'en', 'creditAndLimits'],
  ['how much is available on my amex card', 'en', 'creditAndLimits'],
  ['is the money in my isa protected', 'en', 'bankService'],
  ['which currencies can my account hold', 'en', 'bankService'],
  ['mon épargne est-elle garantie par l’état', 'fr', 'bankService'],
  ['vous acceptez quelles devises', 'fr', 'bankService'],
  ['how many hours did i take off last month', 'en', 'notMoney'],
  ['what are the headlines today', 'en', 'notMoney'],
  ['what is the population of my town', 'en', 'notMoney'],
  ['we need the heating on in the lounge', 'en', 'notMoney'],
  ['combien de kilomètres entre Paris et Lyon', 'fr', 'notMoney'],
  ['quelle est la météo demain', 'fr', 'notMoney'],
  ['combien vaut le bitcoin', 'fr', 'notMoney'],
  // Later the same day: a mistake to put right, money looked for, a lender's minimum, direct deposit as a service, a car's upkeep.
  ['i made a mistake with my last transfer', 'en', 'dispute'],
  ['where s my refund from the council', 'en', 'dispute'],
  ['the minimum payment on my visa', 'en', 'creditAndLimits'],
  ['direct deposit form', 'en', 'bankService'],
  ['when was my car last serviced', 'en', 'notMoney'],
  ['is there much petrol left in the tank', 'en', 'notMoney'],
  ['will my salary land soon', 'en', 'payToCome'],
  ['what is this card payment i keep seeing', 'en', 'dispute'],
];

describe('the out-of-scope gate', () => {
  let recognizer: BankRecognizer;
  beforeAll(async () => {
    recognizer = await testRecognizer();
  });

  it.each(CASES)('refuses "%s" (%s) as %s', (text, language, kind) => {
    expect(outOfScopeKind(words(foldText(text)).join(' '), language)).toBe(kind);
    const { intents } = recognizer.recognize(text, { localeHint: language, conversationLanguage: language, now: NOW, timeZone: 'Europe/Paris' });
    expect(Object.keys(intents)[0]).toBe('None');
  });

  it.each<[string, Language]>([
    ['combien j’ai gagné le mois dernier', 'fr'], ['how much did i earn in october', 'en'], ['will i make it to my next payday', 'en'],
    ['mes paiements carte de la semaine', 'fr'], ['what did i buy at boots', 'en'], ['est-ce que mon salaire est tombé', 'fr'],
    ['any news about my parcel', 'en'], ['is my tv on its way', 'en'], ['how much did i pay in bills last month', 'en'],
    ['how much did the car service cost', 'en'], ['where are my transactions from yesterday', 'en'],
  ])('leaves the data question "%s" (%s) alone', (text, language) => {
    const { intents } = recognizer.recognize(text, { localeHint: language, conversationLanguage: language, now: NOW, timeZone: 'Europe/Paris' });
    expect(SHOWS_DATA.has(Object.keys(intents)[0])).toBe(true);
  });

  // A gate that refuses real questions is worse than none: no in-scope phrase we have may trip it.
  it.each<Language>(['fr', 'en'])('fires on no in-scope phrase of the corpus, templates, public splits or held-out set (%s)', (language) => {
    const tripped = [...trainingPhrases(language), ...heldOutPhrases(language)]
      .filter(({ intent }) => SHOWS_DATA.has(intent))
      .filter(({ text }) => {
        const folded = foldText(text);
        return outOfScopeKind(words(folded).join(' '), language) !== undefined
          || outOfScopeKind(classificationText(folded, language, []), language) !== undefined;
      })
      .map(({ text }) => text);
    expect(tripped).toEqual([]);
  });
});
