/**
 * Orders documents by score, highest first, equal scores in document order: exactly, in
 * linear time. At 100× a query touches over ten thousand documents, and a comparison
 * sort of them was most of a search's time; an LSD radix sort is a few counting passes
 * over the bytes of the scores (a positive double orders as its bit pattern does), each
 * pass stable, so documents with equal scores keep the order they came in.
 */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

const histogram = new Int32Array(256);
// Scratch reused across calls (a search at 100× would otherwise allocate six arrays of its hits).
let scratch = new ArrayBuffer(0);

/**
 * `docs`: distinct document numbers in ascending order (may be reordered); `score`: by
 * document, all > 0. Returns the documents by descending score, ties in ascending
 * document number, in an array that is only valid until the next call.
 */
export function orderByScore(docs: Int32Array, score: Float64Array): Int32Array {
  const n = docs.length;
  if (!LITTLE_ENDIAN || n < 128) return docs.sort((a, b) => score[b]! - score[a]! || a - b);
  const bits = new Uint32Array(score.buffer, score.byteOffset, score.length * 2);
  // Keys travel with the documents so every pass reads them in sequence.
  if (scratch.byteLength < 24 * n) scratch = new ArrayBuffer(48 * n);
  let doc = new Int32Array(scratch, 0, n);
  let doc2 = new Int32Array(scratch, 4 * n, n);
  let lo = new Uint32Array(scratch, 8 * n, n);
  let lo2 = new Uint32Array(scratch, 12 * n, n);
  let hi = new Uint32Array(scratch, 16 * n, n);
  let hi2 = new Uint32Array(scratch, 20 * n, n);
  for (let i = 0; i < n; i++) {
    doc[i] = docs[i]!;
    lo[i] = bits[2 * docs[i]!]!;
    hi[i] = bits[2 * docs[i]! + 1]!;
  }
  for (let byte = 0; byte < 8; byte++) {
    const keys = byte < 4 ? lo : hi;
    const shift = (byte & 3) * 8;
    histogram.fill(0);
    // Descending: count the complement of each byte.
    for (let i = 0; i < n; i++) histogram[255 - ((keys[i]! >>> shift) & 255)]!++;
    if (histogram[255 - ((keys[0]! >>> shift) & 255)] === n) continue; // one bucket: nothing moves
    for (let b = 0, sum = 0; b < 256; b++) {
      const c = histogram[b]!;
      histogram[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const at = histogram[255 - ((keys[i]! >>> shift) & 255)]!++;
      doc2[at] = doc[i]!;
      lo2[at] = lo[i]!;
      hi2[at] = hi[i]!;
    }
    [doc, doc2, lo, lo2, hi, hi2] = [doc2, doc, lo2, lo, hi2, hi];
  }
  return doc;
}
