/**
 * This file defines the matching workbench use cases the sidebar calls, one server round
 * trip each: the whole view, one opened mentee, a swap preview, and an action (propose,
 * assign, swap, lock, unlock, forbid, allow, unassign, confirm, undo). An action runs under
 * the document lock, re-reads the Matches sheet and the stored state, and is refused with
 * 'staleVersion' unless the sidebar's version is the current one, so two members working at
 * once never overwrite each other; then it writes the sheet and the state and returns the
 * new view. Refusals are values; bugs throw.
 */
import { type CriterionId, type MatchMode, renderExplanation, resolveMatchSettings } from '../core/matching';
import { forward, ok, type Result } from '../core/failures';
import type { ProgramSettings } from '../core/program';
import {
  type ActionContext,
  applyAction,
  applyUndo,
  type Board,
  boardWarnings,
  indexPeople,
  isEmptyUndo,
  type Outcome,
  proposeBoard,
  refuse,
  renderWarning,
  succeed,
  type UndoRecord,
  undoRecord,
  type WorkbenchAction,
  type WorkbenchSettings,
} from '../core/workbench';
import { type PairText, writeBoard } from './matches-sheet';
import type { Ports } from './ports';
import { loadWorkbench, type Loaded } from './workbench-load';
import { type MenteeDetailView, menteeDetail, type SwapPreviewView, swapPreview } from './workbench-mentee';
import { createScoring, type Scoring } from './workbench-scoring';
import { writeWorkbenchStore } from './workbench-store';
import { buildView, fullName, type WorkbenchView } from './workbench-view';

export type WorkbenchRequest = WorkbenchAction | { kind: 'propose'; settings: WorkbenchSettings } | { kind: 'undo' };

export type WorkbenchReply = Result<WorkbenchView>;

function scoringOf(loaded: Loaded): () => Scoring {
  let made: Scoring | undefined;
  return () => {
    made ??= createScoring(loaded.people, loaded.store.settings, loaded.board, loaded.settings.language);
    return made;
  };
}

export function workbenchView(ports: Ports, settings: ProgramSettings): WorkbenchView {
  const loaded = loadWorkbench(ports, settings);
  return buildView(loaded, scoringOf(loaded));
}

export function workbenchMentee(ports: Ports, settings: ProgramSettings, menteeId: unknown): MenteeDetailView | null {
  if (typeof menteeId !== 'string') return null;
  const loaded = loadWorkbench(ports, settings);
  const warnings = boardWarnings(loaded.board, loaded.people)
    .filter((w) => w.menteeId === menteeId)
    .map((w) => renderWarning(w, settings.language));
  return menteeDetail(loaded, scoringOf(loaded)(), menteeId, warnings);
}

export function workbenchSwapPreview(ports: Ports, settings: ProgramSettings, a: unknown, b: unknown): SwapPreviewView | null {
  if (typeof a !== 'string' || typeof b !== 'string') return null;
  const loaded = loadWorkbench(ports, settings);
  const view = buildView(loaded, scoringOf(loaded));
  const total = view.mentees.reduce((sum, m) => sum + (m.score ?? 0), 0);
  return swapPreview(loaded, scoringOf(loaded)(), a, b, total);
}

/**
 * `opened` names the mentee the sidebar has open: their details come back in the same reply
 * (view.opened), so an action on an opened mentee is still one round trip.
 */
export function workbenchAction(ports: Ports, settings: ProgramSettings, request: unknown, version: unknown, opened?: unknown): WorkbenchReply {
  const outcome = ports.lock.withLock((): Outcome<null> => {
    const loaded = loadWorkbench(ports, settings);
    if (loaded.duplicate) return { ok: false, failure: loaded.duplicate };
    if (version !== loaded.version) return refuse('staleVersion');
    const parsed = parseRequest(request);
    if (!parsed) return refuse('badAction');
    return applyRequest(ports, loaded, parsed);
  });
  if (!outcome.ok) return forward(outcome);
  if (typeof opened !== 'string') return ok(workbenchView(ports, settings));
  const loaded = loadWorkbench(ports, settings);
  const scoring = scoringOf(loaded);
  const warnings = boardWarnings(loaded.board, loaded.people)
    .filter((w) => w.menteeId === opened)
    .map((w) => renderWarning(w, settings.language));
  return ok({ ...buildView(loaded, scoring), opened: menteeDetail(loaded, scoring(), opened, warnings) });
}

function applyRequest(ports: Ports, loaded: Loaded, request: WorkbenchRequest): Outcome<null> {
  const { people, board, store, settings } = loaded;
  const language = settings.language;
  const ix = indexPeople(people);
  let next: Board;
  let undo: UndoRecord | null;
  let matchSettings = store.settings;
  const explained = new Map<string, { score: number; explanation: string }>();
  if (request.kind === 'undo') {
    if (!store.undo) return refuse('nothingToUndo');
    next = applyUndo(board, store.undo);
    undo = null;
  } else if (request.kind === 'propose') {
    matchSettings = request.settings;
    const result = proposeBoard(board, people, matchSettings);
    next = result.board;
    for (const p of result.proposal.pairs) {
      explained.set(p.menteeId, { score: p.score, explanation: renderExplanation(p.explanation, language) });
    }
    undo = undoRecord(board, next);
  } else {
    const warned = new Set(boardWarnings(board, people).map((w) => w.menteeId));
    const ctx: ActionContext = { people, by: ports.triggers.currentUser(), at: ports.clock.nowIso(), warned };
    const result = applyAction(board, request, ctx);
    if (!result.ok) return result;
    next = result.value;
    undo = undoRecord(board, next);
  }
  const nextLoaded: Loaded = { ...loaded, board: next, store: { ...store, settings: matchSettings, forbids: [...next.forbids] } };
  const scoring = scoringOf(nextLoaded);
  const text = (pair: Board['pairs'][number]): PairText | null => {
    const mentee = ix.mentee.get(pair.menteeId);
    const mentor = ix.mentor.get(pair.mentorId);
    if (!mentee || !mentor) return null;
    const known = explained.get(pair.menteeId);
    const score = known?.score ?? scoring().score(pair.menteeId, pair.mentorId) ?? 0;
    const explanation = known?.explanation ?? scoring().explain(pair.menteeId, pair.mentorId, pair.state === 'locked');
    return { menteeName: fullName(mentee), menteeEmail: mentee.email, mentorName: fullName(mentor), mentorEmail: mentor.email, score, explanation };
  };
  writeBoard(ports, loaded.read, next, text, request.kind === 'propose' ? new Set(explained.keys()) : undefined);
  const keepUndo = undo && !isEmptyUndo(undo) ? undo : request.kind === 'undo' ? null : store.undo;
  writeWorkbenchStore(ports.store, { settings: matchSettings, forbids: [...next.forbids], undo: keepUndo, rev: store.rev + 1 }, loaded.storeRaw);
  return succeed(null);
}

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length < 300;

/** The request as the sidebar sent it, checked field by field (it crossed google.script.run). */
export function parseRequest(input: unknown): WorkbenchRequest | null {
  if (typeof input !== 'object' || input === null) return null;
  const r = input as Record<string, unknown>;
  switch (r.kind) {
    case 'undo':
      return { kind: 'undo' };
    case 'propose': {
      const s = (r.settings ?? {}) as Record<string, unknown>;
      try {
        const resolved = resolveMatchSettings({
          weights: s.weights as Partial<Record<CriterionId, number>>,
          enabled: s.enabled as Partial<Record<CriterionId, boolean>>,
          minScore: s.minScore as number,
          mode: s.mode as MatchMode,
        });
        return { kind: 'propose', settings: { weights: resolved.weights, enabled: resolved.enabled, minScore: resolved.minScore, mode: resolved.mode } };
      } catch {
        return null;
      }
    }
    case 'assign':
    case 'forbid':
    case 'allow':
      return isId(r.menteeId) && isId(r.mentorId) ? { kind: r.kind, menteeId: r.menteeId, mentorId: r.mentorId } : null;
    case 'swap':
      return isId(r.menteeId) && isId(r.otherMenteeId) ? { kind: 'swap', menteeId: r.menteeId, otherMenteeId: r.otherMenteeId } : null;
    case 'lock':
    case 'unlock':
    case 'unassign':
      return isId(r.menteeId) ? { kind: r.kind, menteeId: r.menteeId } : null;
    case 'confirm':
      if (r.menteeIds === 'all') return { kind: 'confirm', menteeIds: 'all' };
      return Array.isArray(r.menteeIds) && r.menteeIds.every(isId) ? { kind: 'confirm', menteeIds: r.menteeIds as string[] } : null;
    default:
      return null;
  }
}
