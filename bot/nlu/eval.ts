import { BankRecognizer } from './recognizer';
import { banking77Source, clincSources, heldOutSource, type EvalSource } from './evaluation/sources';
import { formatErrors, formatScore } from './evaluation/report';
import { score } from './evaluation/scoring';
import type { IntentName } from './types';

/** Fixed options: the intent does not depend on the date, and the eval must be repeatable. */
const NOW = new Date('2026-11-29T10:00:00+01:00');
const ERRORS_SHOWN = Number(process.env.NLU_EVAL_ERRORS ?? 10);

/** `npm run eval:nlu`: intent accuracy, refusal and confusion per source and language. */
async function main(): Promise<void> {
  const recognizer = await BankRecognizer.create();
  const sources: EvalSource[] = [heldOutSource('en'), heldOutSource('fr'), ...clincSources(), banking77Source()];
  for (const source of sources) {
    const predict = (text: string): IntentName => topIntent(recognizer, text, source);
    const result = score(source.cases, predict);
    console.log([...formatScore(`${source.name} (${source.language})`, result), ...formatErrors(result, ERRORS_SHOWN)].join('\n'));
  }
}

function topIntent(recognizer: BankRecognizer, text: string, source: EvalSource): IntentName {
  const { intents } = recognizer.recognize(text, { localeHint: source.language, now: NOW, timeZone: 'Europe/Paris' });
  return Object.keys(intents)[0] as IntentName;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
