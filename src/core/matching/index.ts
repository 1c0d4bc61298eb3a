/**
 * This file defines the public surface of matching: scoring, the assignment solver, the
 * proposal use case, explanations and their Swedish and English sentences. Everything
 * else in this folder is an implementation detail and may change.
 */
export { type AssignmentMode, assignMatrix, type MatrixAssignment, type MatrixProblem } from './assign-matrix';
export type { WeightRows } from './augmenting-path-solver';
export {
  CRITERIA,
  type CriterionId,
  type CriterionWeights,
  cityKey,
  DEFAULT_WEIGHTS,
  DIGITAL_CITY_CREDIT,
  fieldKey,
  textSimilarity,
} from './criteria';
export { explainPair, type PairExplanation, type RankFacts, type SharedTerm } from './explain-pair';
export { renderExplanation, renderUnmatchedReason } from './explanation-text';
export { allowedScores, applyRules, languageAllows, type ResolvedRules, resolveRules } from './hard-rules';
export {
  DEFAULT_MATCH_SETTINGS,
  type MatchMode,
  type MatchSettings,
  type MatchSettingsInput,
  type PairRef,
  resolveMatchSettings,
} from './match-settings';
export { type MatchProposal, type MentorLoad, type ProposedPair, proposeMatches } from './propose-matches';
export { createRowScorer, type PairPoints, pairPoints, scoreMatrix } from './score-matrix';
export { buildScoringModel, type ScoringModel } from './scoring-model';
export {
  type AssignmentWithDuals,
  solveAssignment,
  solveAssignmentRaiseWorst,
  solveAssignmentWithDuals,
} from './solve-assignment';
export { ENGLISH_STOP_WORDS, isStopWord, SWEDISH_STOP_WORDS } from './stop-words';
export { type AnalysedWord, createTextAnalyser, type TextAnalyser, tokenize } from './text-analysis';
export { type UnmatchedMentee, type UnmatchedReason, unmatchedReason } from './unmatched-reasons';
