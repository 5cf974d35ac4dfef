import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../types';
import { IntentClassifier, MODEL_VERSION, type ClassifierSnapshot, type TrainingExample } from './intentClassifier';

/** What a stored model is on disk: its class names and feature names (JSON), its weights and biases (binary). */
export interface StoredWeights {
  intents: readonly string[];
  features: readonly string[];
  /** Words a model needs beside its features (the scope model's words of data questions), if any. */
  vocabulary?: readonly string[];
  weights: Float32Array;
  bias: Float32Array;
}

/** How to train a model of one kind, and to turn it into stored weights and back. */
export interface StorableModel<M> {
  /** Changes whenever the model's features or training change: a stored model of another kind is never loaded. */
  version: string;
  train(): Promise<M>;
  snapshot(model: M): StoredWeights;
  load(stored: StoredWeights): M;
}

/**
 * A trained classifier stored on disk under the hash of what it was trained from, so that many processes
 * (the test files, each in its own worker) train once and load the rest of the time. A changed corpus or
 * model gives another hash: a stale model is never loaded.
 */
export async function cachedClassifier(dir: string, language: Language, examples: readonly TrainingExample[]): Promise<IntentClassifier> {
  return cachedModel(dir, language, examples, {
    version: MODEL_VERSION,
    train: () => IntentClassifier.train(language, examples),
    snapshot: (classifier) => classifier.snapshot(),
    load: (stored) => IntentClassifier.fromSnapshot(language, stored as ClassifierSnapshot),
  });
}

/** Any model stored as `cachedClassifier` stores one, under `name` (one name per model and language). */
export async function cachedModel<M>(dir: string, name: string, trainedFrom: unknown, kind: StorableModel<M>): Promise<M> {
  const hash = createHash('sha256').update(kind.version).update(name).update(JSON.stringify(trainedFrom)).digest('hex').slice(0, 24);
  const file = path.join(dir, `${name}-${hash}`);
  if (existsSync(`${file}.bin`)) return kind.load(read(file));
  const model = await kind.train();
  try {
    write(file, kind.snapshot(model));
    removeOtherModels(dir, name, path.basename(file));
  } catch {
    // A read-only disk only costs the next start its training: the model in memory is whole.
  }
  return model;
}

/** Models of an earlier corpus are never loaded again: they would only fill the disk. */
function removeOtherModels(dir: string, name: string, keep: string): void {
  for (const file of readdirSync(dir)) {
    if (file.startsWith(`${name}-`) && !file.startsWith(keep) && !file.endsWith('.tmp')) rmSync(path.join(dir, file), { force: true });
  }
}

function read(file: string): StoredWeights {
  const { intents, features, vocabulary } = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as Omit<StoredWeights, 'weights' | 'bias'>;
  const bytes = readFileSync(`${file}.bin`);
  const numbers = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const biasStart = numbers.length - intents.length;
  return { intents, features, vocabulary, weights: numbers.slice(0, biasStart), bias: numbers.slice(biasStart) };
}

/** Written to temporary names and renamed, the binary last: a reader sees a whole model or none. */
function write(file: string, { intents, features, vocabulary, weights, bias }: StoredWeights): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const numbers = new Float32Array(weights.length + bias.length);
  numbers.set(weights);
  numbers.set(bias, weights.length);
  const suffix = `.${process.pid}.tmp`;
  writeFileSync(`${file}.json${suffix}`, JSON.stringify({ intents, features, vocabulary }));
  renameSync(`${file}.json${suffix}`, `${file}.json`);
  writeFileSync(`${file}.bin${suffix}`, Buffer.from(numbers.buffer));
  renameSync(`${file}.bin${suffix}`, `${file}.bin`);
}
