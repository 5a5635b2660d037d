/**
 * Optimal-string-alignment distance (Levenshtein plus swapping two neighbouring letters,
 * the commonest typo: "medfinansiernig"), bounded: returns `max + 1` as soon as the
 * distance must exceed `max`, so most candidates cost a few rows, not a full matrix.
 */
let rows = new Int32Array(0);

export function boundedEditDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  const width = lb + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2);
  // Three rolling rows: two back (for swaps), previous, current.
  let back = 0;
  let prev = width;
  let cur = 2 * width;
  for (let j = 0; j <= lb; j++) rows[prev + j] = j;
  let prevMin = 0;
  for (let i = 1; i <= la; i++) {
    rows[cur] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(rows[prev + j]! + 1, rows[cur + j - 1]! + 1, rows[prev + j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, rows[back + j - 2]! + 1);
      rows[cur + j] = d;
      if (d < rowMin) rowMin = d;
    }
    // Every cell derives from the two rows above it, so two rows beyond the bound end it.
    if (rowMin > max && prevMin > max) return max + 1;
    prevMin = rowMin;
    [back, prev, cur] = [prev, cur, back];
  }
  const d = rows[prev + lb]!;
  return d <= max ? d : max + 1;
}
