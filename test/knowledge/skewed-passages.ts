/**
 * Passages of tokens drawn from a skewed vocabulary of English words and Chinese characters, some
 * repeating an earlier passage word for word (as copies of a document do) and, if asked, some
 * repeating one in reverse order (the same bag of words). Seeded, so a test sees the same passages
 * every run.
 */
export function skewedPassages(count: number, seed: number, share: { repeated: number; reversed?: number }): string[][] {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const vocab = Array.from({ length: 40 }, (_, i) => (i % 3 ? `w${i}` : `词${i}`));
  const made: string[][] = [];
  for (let i = 0; i < count; i++) {
    const r = rnd();
    if (made.length && r < share.repeated) made.push([...made[Math.floor(rnd() * made.length)]]);
    else if (made.length && r < share.repeated + (share.reversed ?? 0)) made.push([...made[Math.floor(rnd() * made.length)]].reverse());
    else made.push(Array.from({ length: 1 + Math.floor(rnd() * 14) }, () => vocab[Math.floor(rnd() ** 2 * vocab.length)]));
  }
  return made;
}
