import { DATA_INTENTS } from '../../../dialogs/intents';
import type { IntentScore } from '../classifier/intentClassifier';
import { asksToChangeReadOnlyData } from '../readOnlyAction';
import { words } from '../text/normalize';
import type { Language } from '../types';
import { ENGLISH_CUES, ENGLISH_PAY_RATE } from './englishCues';
import { FRENCH_CUES, FRENCH_PAY_RATE } from './frenchCues';
import type { KindCues, OutOfScopeKind } from './kinds';
import type { ScopeModel } from './scopeModel';

export type { OutOfScopeKind } from './kinds';

const CUES: Readonly<Record<Language, KindCues>> = { fr: FRENCH_CUES, en: ENGLISH_CUES };
const PAY_RATE: Readonly<Record<Language, RegExp>> = { fr: FRENCH_PAY_RATE, en: ENGLISH_PAY_RATE };

/**
 * The kind of out-of-scope request the words are, if any (see `OutOfScopeKind`). Read only when the
 * classifier chose a data intent: such a request names the data ("my card", "mon salaire") and the
 * classifier follows the name, but answering it would show the customer data they did not ask for.
 * `periodCount`, the periods the message names: "how much do I earn" is
 * a pay rate, "how much did I earn in October" the money that came in.
 */
export function outOfScopeKind(text: string, language: Language, periodCount = 0): OutOfScopeKind | undefined {
  const cues = CUES[language];
  const kind = (Object.keys(cues) as OutOfScopeKind[]).find((name) => cues[name]?.test(text) === true);
  if (kind !== undefined) return kind;
  return periodCount === 0 && PAY_RATE[language].test(text) ? 'payToCome' : undefined;
}

/**
 * What the gate reads of a message: `wanted`, the words the classifier reads; `message`, all its words,
 * period words kept ("the APR" is no April) and every clause: a fault or a how-to said in any clause makes
 * the request one for an adviser ("did my refund go through? it's not on my statement"), while a clause
 * that says what is not wanted names data ("pas le solde"), which is no cue.
 */
export interface GateText {
  wanted: string;
  message: string;
}

/** The gate's view of a folded message. */
export function gateText(folded: string, wanted: string): GateText {
  return { wanted, message: words(folded).join(' ') };
}

const SHOWS_DATA: ReadonlySet<string> = new Set(DATA_INTENTS);

/**
 * The recognizer's last word on the scores of the wanted words: `None` for a request to change what the
 * assistant only reads (whatever the classifier chose), and for a data intent chosen for an out-of-scope
 * request, which the cues name by its kind or the scope model (`scopeModel.ts`) finds unlike every data
 * question (`scope`, undefined when a cue rather than the classifier chose the intent); otherwise the
 * scores as they are. The eval's cross-validation decides through it too.
 */
export function refuseOutOfScope(
  scores: IntentScore[], { wanted, message }: GateText, language: Language, scope: ScopeModel | undefined, periodCount = 0,
): IntentScore[] {
  const refused = asksToChangeReadOnlyData(wanted, language)
    || (SHOWS_DATA.has(scores[0].intent)
      && (outOfScopeKind(message, language, periodCount) !== undefined || scope?.refuses(wanted, periodCount > 0) === true));
  return refused ? [{ intent: 'None', score: 1 }] : scores;
}
