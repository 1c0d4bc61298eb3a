/**
 * This file defines the public surface of the timeline core: the steps and their due
 * times, the step records and the pure "what is due by now", the zone conversion and the
 * timeline's texts.
 */
export type { RunPlan, StepError, StepOutcome, StepRecord, StepRecords, StepState } from './records';
export { CLAIM_LEASE_MS, claimed, mayClaim, stepState, whatIsDue } from './records';
export type { PlannedStep, StepId, TimelineOptions } from './steps';
export { DEFAULT_TIMELINE_OPTIONS, isStepId, planTimeline, STEP_IDS } from './steps';
export type { TimelineTexts, UiKey } from './texts';
export { timelineMessage, timelineTexts, timelineUi } from './texts';
export type { LocalTime, ZoneOffset } from './zoned-time';
export { instantOf, localTimeOf } from './zoned-time';
