/** Small numeric helpers for the benchmark: medians, percentiles, a CPU profile's share. */

/** The parts of a CDP `Profiler.Profile` read here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples?: number[];
  timeDeltas?: number[];
}

export const median = (xs: number[]): number => {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/** Nearest-rank percentile. */
export const percentile = (xs: number[], p: number): number => {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN;
};

/** Microseconds of samples in the extension's own scripts, and of all busy (non-idle) samples. */
export function extensionTime(profile: CpuProfile): { oursUs: number; busyUs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let oursUs = 0;
  let busyUs = 0;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const node = byId.get(id);
    const d = deltas[i] ?? 0;
    if (node?.callFrame.functionName !== '(idle)') busyUs += d;
    if (node?.callFrame.url.startsWith('chrome-extension://')) oursUs += d;
  });
  return { oursUs, busyUs };
}
