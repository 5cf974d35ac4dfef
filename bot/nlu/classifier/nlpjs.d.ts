/**
 * The few nlp.js pieces this project calls (the packages ship no types). Stemmers are Snowball stemmers:
 * synchronous. The neural network is trained through NluNeural and then run synchronously.
 */
declare module '@nlpjs/nlu' {
  export type Features = Record<string, number>;
  export interface NeuralNetwork {
    run(features: Features): Record<string, number> | undefined;
  }
  export interface TrainingInput {
    settings: { log: boolean; iterations?: number; learningRate?: number };
    corpus: { input: Features; output: Record<string, number> }[];
  }
  export class NluNeural {
    constructor(settings: { locale: string; log: boolean });
    neuralNetwork?: NeuralNetwork;
    innerTrain(input: TrainingInput): Promise<TrainingInput>;
  }
}

declare module '@nlpjs/lang-fr' {
  export class StemmerFr {
    setCurrent(word: string): void;
    innerStem(): void;
    getCurrent(): string;
  }
}

declare module '@nlpjs/lang-en-min' {
  export class StemmerEn {
    setCurrent(word: string): void;
    innerStem(): void;
    getCurrent(): string;
  }
}
