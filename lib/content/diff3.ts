/**
 * A three-way comparison of two edits of the same original: the runs all three share
 * ("stable") and, between them, the stretches where either side changed something
 * ("changed", with the original's, mine and theirs). Matching is by longest common
 * subsequence of keys, so moved text counts as deleted and inserted.
 */
export type Diff3Chunk<T> = { stable: T[] } | { base: T[]; mine: T[]; theirs: T[] };

/** The LCS pairs of `a` and `b` as a map from an index in `a` to its partner in `b`. */
function lcsMatch(a: readonly string[], b: readonly string[]): Map<number, number> {
  const n = a.length;
  const m = b.length;
  // lengths[i * (m + 1) + j]: LCS length of a[i..] and b[j..]
  const lengths = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * (m + 1) + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(lengths[(i + 1) * (m + 1) + j]!, lengths[i * (m + 1) + j + 1]!);
    }
  }
  const pairs = new Map<number, number>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.set(i, j);
      i++;
      j++;
    } else if (lengths[(i + 1) * (m + 1) + j]! >= lengths[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

export function diff3<T>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  key: (item: T) => string,
): Diff3Chunk<T>[] {
  const baseKeys = base.map(key);
  const toMine = lcsMatch(baseKeys, mine.map(key));
  const toTheirs = lcsMatch(baseKeys, theirs.map(key));
  const chunks: Diff3Chunk<T>[] = [];
  const pushStable = (item: T) => {
    const last = chunks.at(-1);
    if (last && "stable" in last) last.stable.push(item);
    else chunks.push({ stable: [item] });
  };
  let i = 0;
  let j = 0;
  let k = 0;
  while (i <= base.length) {
    // The next original item both sides kept.
    let b = i;
    while (b < base.length && !(toMine.has(b) && toTheirs.has(b))) b++;
    const mb = b < base.length ? toMine.get(b)! : mine.length;
    const tb = b < base.length ? toTheirs.get(b)! : theirs.length;
    if (b > i || mb > j || tb > k) {
      chunks.push({ base: base.slice(i, b), mine: mine.slice(j, mb), theirs: theirs.slice(k, tb) });
    }
    if (b === base.length) break;
    // Mine's copy of it: the same by key, and in the form this editor wrote it.
    pushStable(mine[mb]!);
    i = b + 1;
    j = mb + 1;
    k = tb + 1;
  }
  return chunks;
}

/** Same items in the same order, by key. */
export function sameItems<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): boolean {
  return a.length === b.length && a.every((item, index) => key(item) === key(b[index]!));
}
