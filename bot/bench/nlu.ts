import { heldOutPhrases } from '../nlu/corpus';
import { defaultModelDir } from '../nlu/modelDir';
import { BankRecognizer } from '../nlu/recognizer';
import type { CustomerVocabulary, RecognizeOptions } from '../nlu/types';
import { summarise, timeMs } from './stats';

/** A customer as the demo bank has them, so that entity matching does its full work. */
const VOCABULARY: CustomerVocabulary = {
  accounts: [
    { id: 'a1', type: 'checking', name: 'Compte courant' },
    { id: 'a2', type: 'savings', name: 'Livret A' },
    { id: 'a3', type: 'credit_card', name: 'Visa Premier' },
  ],
  merchants: ['Carrefour', 'Librairie Mollat', 'Fnac', 'Amazon', 'Uber', 'Tesco', 'Darty', 'Ikea', 'Netflix', 'SNCF'],
  categories: ['salary', 'groceries', 'restaurants', 'transport', 'shopping', 'utilities', 'housing', 'health',
    'entertainment', 'travel', 'subscriptions', 'transfer', 'cash'],
};
const ROUNDS = 20;

/** Training time, loading time of the model `npm start` stores, then the time to recognise one message. */
export async function benchNlu(): Promise<string[]> {
  const trainingStart = process.hrtime.bigint();
  await BankRecognizer.create();
  const trainingMs = Number(process.hrtime.bigint() - trainingStart) / 1e6;
  const modelDir = defaultModelDir();
  await BankRecognizer.create({ modelCacheDir: modelDir });
  const loadStart = process.hrtime.bigint();
  const recognizer = await BankRecognizer.create({ modelCacheDir: modelDir });
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
  const options: RecognizeOptions = { vocabulary: VOCABULARY, now: new Date('2026-11-29T10:00:00+01:00'), timeZone: 'Europe/Paris' };
  const messages = [...heldOutPhrases('fr'), ...heldOutPhrases('en')].map(({ text }) => text);
  messages.forEach((text) => recognizer.recognize(text, options));
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const text of messages) samples.push(timeMs(() => recognizer.recognize(text, options)));
  }
  const { median, p95 } = summarise(samples);
  return [
    `nlu: training ${trainingMs.toFixed(0)} ms (without a stored model), loading the stored model ${loadMs.toFixed(0)} ms`,
    `nlu: recognize median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms (${samples.length} messages)`,
  ];
}
