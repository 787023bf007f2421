/**
 * The formalism check: how much of a reflection is the notice copied, and whether another member's
 * reflection on the same notice says the same. Text is compared as overlapping 5-character pieces
 * (shingles) of its wording, with punctuation and spacing left out.
 *
 * - Against the notice: the exact share of the reflection's shingles that occur in the notice (containment;
 *   a reflection is much shorter than the notice, so Jaccard would hide a copied excerpt).
 * - Against other reflections: shingles quoted from the notice are removed first (everyone may quote it),
 *   the rest is summarised by a 60-value MinHash signature, and 20 band keys of 3 values each find the
 *   candidates through an index; only those few are compared. Nothing scans every reflection.
 */

export const SHINGLE_LENGTH = 5;
export const SIGNATURE_SIZE = 60;
export const BAND_ROWS = 3;
export const BAND_COUNT = SIGNATURE_SIZE / BAND_ROWS;
/** More than half of the reflection's wording appears in the notice. */
export const NOTICE_COPY_THRESHOLD = 0.5;
/** Estimated Jaccard similarity of what two reflections add beyond the notice. */
export const PEER_COPY_THRESHOLD = 0.5;
/** Below this many own shingles a reflection says too little of its own to compare with others. */
export const MIN_OWN_SHINGLES = 20;

const WORDING = /[\p{L}\p{N}]/u;

/** The characters that carry wording, in order: letters and digits of every script, case folded. */
export function wordingOf(text: string): string[] {
  return [...text.normalize('NFKC').toLowerCase()].filter((char) => WORDING.test(char));
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Murmur3's finaliser: spreads every input bit over the whole 32-bit result. */
function mix(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** Fixed seeds, one per signature position: signatures stay comparable across deployments. */
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, index) => mix(0x9e3779b9 * (index + 1)));

/** The text's shingles as 32-bit hashes. A text shorter than one shingle is one shingle. */
export function shinglesOf(text: string): Set<number> {
  const chars = wordingOf(text);
  const shingles = new Set<number>();
  if (chars.length === 0) return shingles;
  const last = Math.max(0, chars.length - SHINGLE_LENGTH);
  for (let start = 0; start <= last; start += 1) {
    shingles.add(fnv1a(chars.slice(start, start + SHINGLE_LENGTH).join('')));
  }
  return shingles;
}

/** Share of `shingles` that also occur in `source` (0 for an empty text). */
export function containment(shingles: ReadonlySet<number>, source: ReadonlySet<number>): number {
  if (shingles.size === 0) return 0;
  let shared = 0;
  for (const shingle of shingles) if (source.has(shingle)) shared += 1;
  return shared / shingles.size;
}

export function minHashSignature(shingles: ReadonlySet<number>): number[] {
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let index = 0; index < SIGNATURE_SIZE; index += 1) {
      const value = mix(shingle ^ SEEDS[index]);
      if (value < signature[index]) signature[index] = value;
    }
  }
  return signature;
}

/** One key per band; two signatures sharing any key are candidates (found by an index on the keys). */
export function bandKeys(signature: readonly number[]): string[] {
  return Array.from({ length: BAND_COUNT }, (_, band) => {
    const rows = signature.slice(band * BAND_ROWS, (band + 1) * BAND_ROWS).join(',');
    return `${band}:${fnv1a(rows).toString(36)}`;
  });
}

/** Share of positions on which two signatures agree: an estimate of the Jaccard similarity of the sets. */
export function estimatedJaccard(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let index = 0; index < SIGNATURE_SIZE; index += 1) if (a[index] === b[index]) same += 1;
  return same / SIGNATURE_SIZE;
}

/** What is stored of a submitted reflection for comparing later ones with it. */
export interface TextSketch {
  /** Share of the reflection's shingles found in the notice. */
  noticeOverlap: number;
  /** Shingles of its own (not in the notice). */
  ownShingles: number;
  /** Null when it says too little of its own to compare. */
  signature: number[] | null;
  bands: string[];
}

export function sketchText(text: string, noticeShingles: ReadonlySet<number>): TextSketch {
  const shingles = shinglesOf(text);
  const own = new Set<number>();
  for (const shingle of shingles) if (!noticeShingles.has(shingle)) own.add(shingle);
  const signature = own.size >= MIN_OWN_SHINGLES ? minHashSignature(own) : null;
  return {
    noticeOverlap: containment(shingles, noticeShingles),
    ownShingles: own.size,
    signature,
    bands: signature ? bandKeys(signature) : [],
  };
}

/** What a reviewer is shown: the strongest resemblance found, and whether it marks the text 疑似雷同. */
export interface Resemblance {
  suspected: boolean;
  resembles: 'notice' | 'reflection' | null;
  /** 0–1: the notice overlap or the estimated similarity with the closest reflection, whichever is higher. */
  score: number;
  noticeOverlap: number;
  closest: { reflectionId: string; score: number } | null;
}

export function assessResemblance(
  sketch: TextSketch,
  candidates: readonly { reflectionId: string; signature: readonly number[] | null }[],
): Resemblance {
  let closest: Resemblance['closest'] = null;
  if (sketch.signature) {
    for (const candidate of candidates) {
      if (!candidate.signature) continue;
      const score = estimatedJaccard(sketch.signature, candidate.signature);
      if (!closest || score > closest.score) closest = { reflectionId: candidate.reflectionId, score };
    }
  }
  const noticeSuspected = sketch.noticeOverlap >= NOTICE_COPY_THRESHOLD;
  const peerSuspected = (closest?.score ?? 0) >= PEER_COPY_THRESHOLD;
  const peerStronger = (closest?.score ?? 0) > sketch.noticeOverlap;
  const resembles =
    peerSuspected && (peerStronger || !noticeSuspected) ? 'reflection' : noticeSuspected ? 'notice' : null;
  return {
    suspected: resembles !== null,
    resembles,
    score: resembles === 'reflection' ? (closest?.score ?? 0) : sketch.noticeOverlap,
    noticeOverlap: sketch.noticeOverlap,
    closest,
  };
}
