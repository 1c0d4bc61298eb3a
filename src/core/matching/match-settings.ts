/**
 * This file defines the settings the project group controls when matching: criterion
 * weights and switches, the minimum score, locked and forbidden pairs, and the mode
 * ("best total" or "raise the worst pair first"). Input is lenient (anything left out
 * takes its default) and is resolved into a complete, checked settings object, so a
 * typo in a weight fails loudly here instead of skewing every score.
 */
import { CRITERIA, type CriterionId, type CriterionWeights, DEFAULT_WEIGHTS } from './criteria';

/** A pair named by the applicants' ids. */
export interface PairRef {
  readonly menteeId: string;
  readonly mentorId: string;
}

export type MatchMode = 'total' | 'raise-worst';

export interface MatchSettings {
  readonly weights: Readonly<CriterionWeights>;
  readonly enabled: Readonly<Record<CriterionId, boolean>>;
  /** Pairs scoring under this (0-100) are never proposed; locked pairs are kept anyway. */
  readonly minScore: number;
  readonly locks: readonly PairRef[];
  readonly forbids: readonly PairRef[];
  readonly mode: MatchMode;
}

export interface MatchSettingsInput {
  readonly weights?: Partial<CriterionWeights>;
  readonly enabled?: Partial<Record<CriterionId, boolean>>;
  readonly minScore?: number;
  readonly locks?: readonly PairRef[];
  readonly forbids?: readonly PairRef[];
  readonly mode?: MatchMode;
}

export const DEFAULT_MATCH_SETTINGS: MatchSettings = {
  weights: DEFAULT_WEIGHTS,
  enabled: { field: true, career: true, wishes: true, sharedFields: true, city: true },
  minScore: 0,
  locks: [],
  forbids: [],
  mode: 'total',
};

/** Fills in defaults and checks every value; throws an Error naming the bad one. */
export function resolveMatchSettings(input: MatchSettingsInput = {}): MatchSettings {
  const weights = { ...DEFAULT_WEIGHTS } as CriterionWeights;
  const enabled = { ...DEFAULT_MATCH_SETTINGS.enabled } as Record<CriterionId, boolean>;
  for (const key of Object.keys(input.weights ?? {})) {
    if (!(CRITERIA as readonly string[]).includes(key)) throw new Error(`Unknown criterion in weights: "${key}".`);
  }
  for (const key of Object.keys(input.enabled ?? {})) {
    if (!(CRITERIA as readonly string[]).includes(key)) throw new Error(`Unknown criterion in enabled: "${key}".`);
  }
  for (const c of CRITERIA) {
    const w = input.weights?.[c];
    if (w !== undefined) {
      if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
        throw new Error(`Weight of "${c}" must be a finite number >= 0, got ${String(w)}.`);
      }
      weights[c] = w;
    }
    const on = input.enabled?.[c];
    if (on !== undefined) {
      if (typeof on !== 'boolean') throw new Error(`enabled.${c} must be true or false, got ${String(on)}.`);
      enabled[c] = on;
    }
  }
  const minScore = input.minScore ?? DEFAULT_MATCH_SETTINGS.minScore;
  if (typeof minScore !== 'number' || !Number.isFinite(minScore) || minScore < 0 || minScore > 100) {
    throw new Error(`minScore must be a number from 0 to 100, got ${String(minScore)}.`);
  }
  const mode = input.mode ?? DEFAULT_MATCH_SETTINGS.mode;
  if (mode !== 'total' && mode !== 'raise-worst') {
    throw new Error(`mode must be "total" or "raise-worst", got ${String(mode)}.`);
  }
  return {
    weights,
    enabled,
    minScore,
    locks: checkPairs(input.locks ?? [], 'locks'),
    forbids: checkPairs(input.forbids ?? [], 'forbids'),
    mode,
  };
}

function checkPairs(pairs: readonly PairRef[], name: string): PairRef[] {
  if (!Array.isArray(pairs)) throw new Error(`${name} must be a list of pairs.`);
  return pairs.map((p, k) => {
    if (typeof p?.menteeId !== 'string' || typeof p?.mentorId !== 'string') {
      throw new Error(`${name}[${k}] must have a menteeId and a mentorId.`);
    }
    return { menteeId: p.menteeId, mentorId: p.mentorId };
  });
}
