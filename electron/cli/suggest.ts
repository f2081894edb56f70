/**
 * "Did you mean …?" for the command line: the known word closest to what was typed, so a typo
 * (`--stauts`, `lsit`, `us-h1`) gets the right name back instead of a list to read through.
 */

/**
 * Edits between two words, counting a swap of neighbours as one (`stauts` → `status` is 1):
 * the optimal-string-alignment distance, over code points.
 */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  // Three rolling rows: the current one, the one before, and the one before that (for swaps).
  let before = new Array<number>(y.length + 1).fill(0);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/**
 * The candidate `typed` most likely stands for: the only one it begins (`prog` → `programs`), else
 * the nearest within a third of its length (at least one edit); undefined when nothing is close.
 */
export function closest(typed: string, candidates: readonly string[]): string | undefined {
  const lower = typed.toLowerCase();
  if (Array.from(lower).length >= 3) {
    const starting = candidates.filter(c => c.toLowerCase().startsWith(lower));
    if (starting.length === 1) return starting[0];
  }
  const limit = Math.max(1, Math.floor(Array.from(lower).length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** `; did you mean X?` when one candidate is close, else ''. */
export function didYouMean(typed: string, candidates: readonly string[], show: (c: string) => string = c => c): string {
  const best = closest(typed, candidates);
  return best === undefined ? '' : `; did you mean ${show(best)}?`;
}
