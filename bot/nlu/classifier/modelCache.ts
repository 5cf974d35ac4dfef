import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../types';
import { IntentClassifier, MODEL_VERSION, type ClassifierSnapshot, type TrainingExample } from './intentClassifier';

/**
 * A trained classifier stored on disk under the hash of what it was trained from, so that many processes
 * (the test files, each in its own worker) train once and load the rest of the time. A changed corpus or
 * model gives another hash: a stale model is never loaded.
 */
export async function cachedClassifier(dir: string, language: Language, examples: readonly TrainingExample[]): Promise<IntentClassifier> {
  const hash = createHash('sha256').update(MODEL_VERSION).update(language).update(JSON.stringify(examples)).digest('hex').slice(0, 24);
  const file = path.join(dir, `${language}-${hash}`);
  if (existsSync(`${file}.bin`)) return IntentClassifier.fromSnapshot(language, read(file));
  const classifier = await IntentClassifier.train(language, examples);
  try {
    write(file, classifier.snapshot());
    removeOtherModels(dir, language, path.basename(file));
  } catch {
    // A read-only disk only costs the next start its training: the model in memory is whole.
  }
  return classifier;
}

/** Models of an earlier corpus are never loaded again: they would only fill the disk. */
function removeOtherModels(dir: string, language: Language, keep: string): void {
  for (const name of readdirSync(dir)) {
    if (name.startsWith(`${language}-`) && !name.startsWith(keep) && !name.endsWith('.tmp')) rmSync(path.join(dir, name), { force: true });
  }
}

function read(file: string): ClassifierSnapshot {
  const { intents, features } = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as Pick<ClassifierSnapshot, 'intents' | 'features'>;
  const bytes = readFileSync(`${file}.bin`);
  const numbers = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const biasStart = numbers.length - intents.length;
  return { intents, features, weights: numbers.slice(0, biasStart), bias: numbers.slice(biasStart) };
}

/** Written to temporary names and renamed, the binary last: a reader sees a whole model or none. */
function write(file: string, { intents, features, weights, bias }: ClassifierSnapshot): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const numbers = new Float32Array(weights.length + bias.length);
  numbers.set(weights);
  numbers.set(bias, weights.length);
  const suffix = `.${process.pid}.tmp`;
  writeFileSync(`${file}.json${suffix}`, JSON.stringify({ intents, features }));
  renameSync(`${file}.json${suffix}`, `${file}.json`);
  writeFileSync(`${file}.bin${suffix}`, Buffer.from(numbers.buffer));
  renameSync(`${file}.bin${suffix}`, `${file}.bin`);
}
