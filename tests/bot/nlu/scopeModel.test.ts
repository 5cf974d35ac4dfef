import { DATA_INTENTS } from '../../../dialogs/intents';
import { classificationText } from '../../../bot/nlu/classificationText';
import { heldOutPhrases, trainingExamples } from '../../../bot/nlu/corpus';
import { defaultModelDir } from '../../../bot/nlu/modelDir';
import { outOfScopeKind } from '../../../bot/nlu/outOfScope/gate';
import { cachedScopeModel } from '../../../bot/nlu/outOfScope/scopeExamples';
import type { ScopeModel } from '../../../bot/nlu/outOfScope/scopeModel';
import type { BankRecognizer } from '../../../bot/nlu/recognizer';
import { foldText, words } from '../../../bot/nlu/text/normalize';
import type { Language } from '../../../bot/nlu/types';
import { testRecognizer } from '../../support/recognizer';

const NOW = new Date('2026-11-29T10:00:00+01:00');
const SHOWS_DATA = new Set<string>(DATA_INTENTS);
const wanted = (text: string, language: Language) => classificationText(foldText(text), language, []);

/** The classifier reads each as a data question (a delivery, a balance); no cue of the gate names them. */
const FAR_FROM_BANKING: readonly [string, Language][] = [
  ['get me an order of protein bars', 'en'], ['je suis fatigue', 'fr'], ['je suis fatiguee', 'fr'],
];

/**
 * The scope model refuses requests far from banking that the classifier reads with confidence as a data
 * question (new phrases, none in the corpus, the held-out phrases or the public sets), and none of the
 * held-out data questions: it is calibrated so that no in-scope figure falls.
 */
describe('the scope model', () => {
  const scopes: Partial<Record<Language, ScopeModel>> = {};
  let recognizer: BankRecognizer;
  beforeAll(async () => {
    recognizer = await testRecognizer();
    scopes.fr = await cachedScopeModel(defaultModelDir(), 'fr', trainingExamples('fr'));
    scopes.en = await cachedScopeModel(defaultModelDir(), 'en', trainingExamples('en'));
  });

  it.each<[string, Language]>(FAR_FROM_BANKING)('refuses "%s" (%s), which no cue names', (text, language) => {
    expect(outOfScopeKind(words(foldText(text)).join(' '), language)).toBeUndefined();
    expect(scopes[language]?.refuses(wanted(text, language))).toBe(true);
    const { intents } = recognizer.recognize(text, { localeHint: language, conversationLanguage: language, now: NOW, timeZone: 'Europe/Paris' });
    expect(Object.keys(intents)[0]).toBe('None');
  });

  it.each<Language>(['fr', 'en'])('refuses no held-out data question (%s)', (language) => {
    const refused = heldOutPhrases(language)
      .filter(({ intent }) => SHOWS_DATA.has(intent))
      .filter(({ text }) => scopes[language]?.refuses(wanted(text, language)))
      .map(({ text }) => text);
    expect(refused).toEqual([]);
  });
});
