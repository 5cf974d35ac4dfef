import { DATA_INTENTS } from '../../../dialogs/intents';
import { classificationText } from '../../../bot/nlu/classificationText';
import { heldOutPhrases, trainingExamples } from '../../../bot/nlu/corpus';
import { defaultModelDir } from '../../../bot/nlu/modelDir';
import { outOfScopeKind } from '../../../bot/nlu/outOfScope/gate';
import { cachedScopeModel } from '../../../bot/nlu/outOfScope/scopeExamples';
import type { ScopeModel } from '../../../bot/nlu/outOfScope/scopeModel';
import { foldText, words } from '../../../bot/nlu/text/normalize';
import type { Language } from '../../../bot/nlu/types';

const SHOWS_DATA = new Set<string>(DATA_INTENTS);
const wanted = (text: string, language: Language) => classificationText(foldText(text), language, []);

/**
 * The classifier reads each as a data question (a balance); no cue of the gate names them. ("get me an order
 * of protein bars" was one until the shopping cues named placing an order: `outOfScopeGate.test.ts`.)
 */
const FAR_FROM_BANKING: readonly [string, Language][] = [['je suis fatigue', 'fr'], ['je suis fatiguee', 'fr']];

/**
 * The scope model refuses requests far from banking that the classifier reads with confidence as a data
 * question (new phrases, none in the corpus, the held-out phrases or the public sets), and none of the
 * held-out data questions: it is calibrated so that no in-scope figure falls.
 */
describe('the scope model', () => {
  const scopes: Partial<Record<Language, ScopeModel>> = {};
  beforeAll(async () => {
    scopes.fr = await cachedScopeModel(defaultModelDir(), 'fr', trainingExamples('fr'));
    scopes.en = await cachedScopeModel(defaultModelDir(), 'en', trainingExamples('en'));
  });

  // Its lowest bar sits just under the lowest data question the cross-validation folds answer right, so alone
  // it refuses only the most foreign messages; a message that names no data at all (`dataAnchor.ts`) must
  // clear a higher bar, which these do not, while every held-out data question does (the test below).
  it.each<[string, Language]>(FAR_FROM_BANKING)('refuses "%s" (%s), which no cue names and which names no data', (text, language) => {
    expect(outOfScopeKind(words(foldText(text)).join(' '), language)).toBeUndefined();
    expect(scopes[language]?.refuses(wanted(text, language))).toBe(true);
  });

  it.each<Language>(['fr', 'en'])('refuses no held-out data question (%s)', (language) => {
    const refused = heldOutPhrases(language)
      .filter(({ intent }) => SHOWS_DATA.has(intent))
      .filter(({ text }) => scopes[language]?.refuses(wanted(text, language)))
      .map(({ text }) => text);
    expect(refused).toEqual([]);
  });
});
