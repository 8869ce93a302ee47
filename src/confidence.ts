/**
 * Confidence is derived from the sources, not typed freely. These rules are the contract
 * the lint enforces and the about page explains.
 */
import type { Source } from './schema.ts';
import type { Confidence } from './vocab.ts';

/** Sources that count as evidence: found again (fully or partly) and not the seed article. */
export function usableSources(sources: readonly Source[]): Source[] {
  return sources.filter((s) => s.kind !== 'seed' && s.verified !== 'no');
}

const RANK: Record<Exclude<Confidence, 'disputed'>, number> = { unverified: 0, reported: 1, confirmed: 2 };

/**
 * The highest confidence these sources support:
 * - confirmed: an official or news source, or two sources from different publishers;
 * - reported: one trade or other source;
 * - unverified: only S0, or only sources that could not be found again.
 */
export function strongestConfidence(sources: readonly Source[]): Exclude<Confidence, 'disputed'> {
  const usable = usableSources(sources);
  if (usable.length === 0) return 'unverified';
  if (usable.some((s) => s.kind === 'official' || s.kind === 'news')) return 'confirmed';
  const publishers = new Set(usable.map((s) => s.publisher.trim().toLowerCase()).filter(Boolean));
  return publishers.size >= 2 ? 'confirmed' : 'reported';
}

/**
 * Why a claimed confidence does not fit its sources, or null when it fits.
 * A claim may be marked lower than its sources allow (a careful downgrade), never higher.
 * `disputed` needs at least two sources, since it says they conflict.
 */
export function confidenceProblem(claimed: Confidence, sources: readonly Source[]): string | null {
  if (claimed === 'disputed') return sources.length >= 2 ? null : 'disputed needs at least two sources that conflict';
  const strongest = strongestConfidence(sources);
  if (RANK[claimed] <= RANK[strongest]) return null;
  return `${claimed} is stronger than its sources allow (at most ${strongest}: confirmed needs an official or news source or two independent sources; reported needs one source that was found again)`;
}
