/**
 * The index that a navigation key moves to among `n` data points from `i`: arrows step by one
 * (left/down back, right/up forward), Home and End jump to the ends; `wrap` makes the ends meet
 * (radar spokes), else they stop (years). Undefined for any other key.
 */
export function stepIndex(key: string, i: number, n: number, wrap = false): number | undefined {
  const to = ({ ArrowLeft: i - 1, ArrowDown: i - 1, ArrowRight: i + 1, ArrowUp: i + 1, Home: 0, End: n - 1 } as Record<string, number>)[key];
  if (to === undefined) return undefined;
  return wrap ? (to + n) % n : Math.min(n - 1, Math.max(0, to));
}
