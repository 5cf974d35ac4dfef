/** One training example as feature indices (present features, each at its kind's weight) and a class index. */
export interface IndexedExample {
  features: readonly number[];
  label: number;
  /** How much the example counts: classes of very different sizes are balanced through it. */
  weight: number;
  /**
   * A number that names the example (a hash of its text): when every example has one, each pass visits them
   * in an order drawn from the keys alone (see `passOrder`), so that adding one example leaves every other
   * pair of examples in the order they were; without keys, the examples are shuffled by position.
   */
  key?: number;
}

export interface SoftmaxSettings {
  epochs: number;
  learningRate: number;
  /** L2 penalty, applied lazily to the rows an example touches. */
  l2: number;
  /**
   * The model kept is the mean of the weights at the end of each pass from this one (0-based) on: the last
   * steps of stochastic descent jitter around the optimum, and their mean lies closer to it.
   */
  averageFrom: number;
}

const NEGLIGIBLE_GRADIENT = 1e-3;

/**
 * Multinomial logistic regression trained by stochastic gradient descent with AdaGrad steps. Its outputs
 * are probabilities, so a threshold on them means something (unlike a network's raw activations), and
 * training is a few passes over sparse rows: well under a second for tens of thousands of phrases.
 */
export class SoftmaxModel {
  /** `values`: the value of each feature when present (see `featureValue`), by feature index. */
  private constructor(
    readonly weights: Float32Array, readonly bias: Float32Array, readonly classes: number, private readonly values: Float32Array,
  ) {}

  static of(weights: Float32Array, bias: Float32Array, classes: number, values: Float32Array): SoftmaxModel {
    return new SoftmaxModel(weights, bias, classes, values);
  }

  static train(examples: readonly IndexedExample[], values: Float32Array, classes: number, settings: SoftmaxSettings): SoftmaxModel {
    const featureCount = values.length;
    const weights = new Float32Array(featureCount * classes);
    const bias = new Float32Array(classes);
    const squaredGradients = new Float32Array(featureCount * classes).fill(1e-6);
    const biasSquaredGradients = new Float32Array(classes).fill(1e-6);
    const model = new SoftmaxModel(weights, bias, classes, values);
    const order = examples.map((_, i) => i);
    const random = seededRandom(7);
    const keys = examples.every((example) => example.key !== undefined) ? examples.map((example) => example.key as number) : undefined;
    const probabilities = new Float32Array(classes);
    const sums = { weights: new Float32Array(weights.length), bias: new Float32Array(classes), passes: 0 };
    for (let epoch = 0; epoch < settings.epochs; epoch += 1) {
      if (keys === undefined) shuffle(order, random);
      else passOrder(order, keys, epoch);
      for (const index of order) {
        const { features, label, weight } = examples[index];
        const scale = 1 / Math.sqrt(features.length || 1);
        model.probabilitiesInto(features, probabilities);
        for (let c = 0; c < classes; c += 1) {
          const gradient = weight * (probabilities[c] - (c === label ? 1 : 0));
          // A class the example already rules out learns nothing from it: skipping it is most of the speed.
          if (Math.abs(gradient) < NEGLIGIBLE_GRADIENT) continue;
          biasSquaredGradients[c] += gradient * gradient;
          bias[c] -= (settings.learningRate * gradient) / Math.sqrt(biasSquaredGradients[c]);
          for (const feature of features) {
            const at = feature * classes + c;
            const g = gradient * scale * values[feature] + settings.l2 * weights[at];
            squaredGradients[at] += g * g;
            weights[at] -= (settings.learningRate * g) / Math.sqrt(squaredGradients[at]);
          }
        }
      }
      if (epoch >= settings.averageFrom) {
        addInto(sums.weights, weights);
        addInto(sums.bias, bias);
        sums.passes += 1;
      }
    }
    if (sums.passes > 0) {
      weights.set(sums.weights.map((sum) => sum / sums.passes));
      bias.set(sums.bias.map((sum) => sum / sums.passes));
    }
    return model;
  }

  /** Class probabilities for a message's feature indices (unknown features already left out). */
  probabilities(features: readonly number[]): Float32Array {
    const out = new Float32Array(this.classes);
    this.probabilitiesInto(features, out);
    return out;
  }

  private probabilitiesInto(features: readonly number[], out: Float32Array): void {
    const scale = 1 / Math.sqrt(features.length || 1);
    for (let c = 0; c < this.classes; c += 1) out[c] = this.bias[c];
    for (const feature of features) {
      const row = feature * this.classes;
      const value = this.values[feature] * scale;
      for (let c = 0; c < this.classes; c += 1) out[c] += this.weights[row + c] * value;
    }
    let max = -Infinity;
    for (let c = 0; c < this.classes; c += 1) max = Math.max(max, out[c]);
    let total = 0;
    for (let c = 0; c < this.classes; c += 1) {
      out[c] = Math.exp(out[c] - max);
      total += out[c];
    }
    for (let c = 0; c < this.classes; c += 1) out[c] /= total;
  }
}

/** Mulberry32: a tiny deterministic generator, so that training gives the same model on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function addInto(total: Float32Array, values: Float32Array): void {
  for (let i = 0; i < total.length; i += 1) total[i] += values[i];
}

/**
 * The order of one pass, from the examples' keys and the pass number only: the same example is visited at a
 * different point of each pass, and one example more or less moves no other. (Shuffling by position, one added
 * phrase reordered all eleven thousand, and the English folds moved by some fifteen lines for no reason of theirs.)
 */
function passOrder(order: number[], keys: readonly number[], pass: number): void {
  const rank = keys.map((key) => mix(key, pass));
  order.sort((a, b) => rank[a] - rank[b] || a - b);
}

/** A well-spread 32-bit number from a key and a pass (Murmur3's finaliser over both). */
function mix(key: number, pass: number): number {
  let h = (key ^ Math.imul(pass + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}
