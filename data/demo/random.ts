/**
 * A small seeded generator (mulberry32) so the demo bank is the same on every machine and every run:
 * dialog tests can rely on its figures. Not for anything secret.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1); only ever used to choose, never as money. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(choices: readonly T[]): T {
    return choices[this.int(0, choices.length - 1)];
  }

  /** A string of `length` decimal digits, for order and tracking numbers. */
  digits(length: number): string {
    // A loop, not Array.from and join: the generated bank draws tens of millions of digits.
    let digits = '';
    for (let n = 0; n < length; n++) digits += String(this.int(0, 9));
    return digits;
  }
}
