/**
 * This file defines the public surface of the workbench core: the board and its actions,
 * proposing on the board, hard-rule warnings, undo and the failure values.
 */
export { type ActionContext, applyAction, type WorkbenchAction } from './actions';
export {
  type Board,
  type BoardPair,
  indexPeople,
  isForbidden,
  mentorLoads,
  PAIR_STATES,
  type PairState,
  type People,
  type PeopleIndex,
  pairOf,
  proposedPair,
  takesPart,
  withPair,
} from './board';
export { type Outcome, refuse, renderWorkbenchFailure, succeed, type WorkbenchFailure, type WorkbenchFailureKey } from './failures';
export { type BoardProposal, proposeBoard, type WorkbenchSettings } from './propose';
export { applyUndo, isEmptyUndo, type PairTuple, type UndoRecord, undoRecord } from './undo';
export { boardWarnings, type PairWarning, renderWarning, type WarningKind } from './warnings';
export { candidatesFor, type Candidate, swapChange, type SwapChange } from './candidates';
