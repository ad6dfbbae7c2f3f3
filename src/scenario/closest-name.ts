/**
 * The allowed name closest to a misspelt one, for "did you mean" hints: case-insensitive edit
 * distance, accepted only when small enough to be a typo (one edit in three characters, and
 * never a whole rewrite of a short code such as "ZZ" into "4").
 * @example closestName('caseloadTarge', ['caseloadTarget', 'handoverDays']) // 'caseloadTarget'
 */
export function closestName(written: string, allowed: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(written.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of allowed) {
    const distance = editDistance(written.toLowerCase(), name.toLowerCase());
    if (distance < bestDistance && distance < Math.min(written.length, name.length)) {
      best = name;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
