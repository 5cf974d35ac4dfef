/**
 * The few nlp.js pieces this project calls (the packages ship no types): its Snowball stemmers, synchronous.
 */
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
