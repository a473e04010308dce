/**
 * The index that a navigation key moves to among `n` data points from `i`: arrows step by one
 * (left/down back, right/up forward), Home and End jump to the ends, which stop (years). With
 * `wrap` the points are a ring (radar spokes, numbered clockwise): the ends meet, and down steps on
 * and up back, as they go round. Undefined for any other key.
 */
export function stepIndex(key: string, i: number, n: number, wrap = false): number | undefined {
  const d = wrap ? -1 : 1;
  const to = ({ ArrowLeft: i - 1, ArrowDown: i - d, ArrowRight: i + 1, ArrowUp: i + d, Home: 0, End: n - 1 } as Record<string, number>)[key];
  if (to === undefined) return undefined;
  return wrap ? (to + n) % n : Math.min(n - 1, Math.max(0, to));
}
