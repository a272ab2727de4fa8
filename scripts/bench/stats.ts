/** The q-th percentile (0..100) of a list of numbers, by nearest rank. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((q / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Formats milliseconds for the report. */
export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

/** One line of the report: a figure, its target and whether it is met. */
export function line(
  label: string,
  figure: string,
  target?: { text: string; met: boolean },
): string {
  const verdict = target ? `  (target ${target.text}: ${target.met ? 'met' : 'NOT MET'})` : '';
  return `${label.padEnd(44)} ${figure}${verdict}`;
}
