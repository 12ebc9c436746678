/** Seeded random source (mulberry32) for deterministic output in tests and `--seed`. */
export const createSeededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

// No look-alike characters (0/o, 1/l): the password is read off a screen once and typed.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A password like the seed's format (`xxxx-xxxx-xxxx`), about 60 bits from `random`. */
export const generatePassword = (random: () => number): string => {
  const groups: string[] = [];
  for (let g = 0; g < 3; g += 1) {
    let s = '';
    for (let i = 0; i < 4; i += 1) {
      const r = random();
      const idx = Math.min(
        ALPHABET.length - 1,
        Math.floor((Number.isFinite(r) ? Math.abs(r) % 1 : 0) * ALPHABET.length),
      );
      s += ALPHABET[idx];
    }
    groups.push(s);
  }
  return groups.join('-');
};
