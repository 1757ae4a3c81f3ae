/** Seeded randomness for the sample generator: the same seed always gives the same sequence. */

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; plenty for fictional data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** `n` distinct items, in a shuffled order. */
  sample<T>(items: readonly T[], n: number): T[];
}

export function rng(seed: number): Rng {
  const rnd = mulberry32(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  return {
    int,
    pick: (items) => items[int(items.length)]!,
    chance: (p) => rnd() < p,
    sample: (items, n) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, n);
    },
  };
}
