/**
 * This file defines overlapping executions, as when a burst of sign-ups fires many
 * form-submit triggers at once. It is a discrete-event model, not a parallel vm: every
 * execution gets its own simulated clock starting at a seeded instant within `spreadMs` of
 * now, and the executions run to completion one after another in order of those start times
 * (standing in for the order of their lock requests). A lock released by one is busy until
 * its release time for every later one (services/lock.ts), so a later execution waits on its
 * own clock, or times out exactly as Google's waitLock/tryLock do. Google runs at most 30
 * executions of one user at once; one that would be the 31st is refused before it starts
 * with Google's message. Afterwards the clock stands at the latest end. Limits: an execution
 * sees the spreadsheet as left by every execution that started before it, even where on
 * Google they would interleave call by call outside the lock.
 */
import type { ExecutionRequest, MentorprogramEmulator } from './emulator';
import type { ExecutionRecord } from './runtime/executions';
import { createPrng } from './runtime/prng';
import type { ConcurrencyOptions } from './types';

/** Google's quota: "Simultaneous executions per user: 30". */
export const MAX_SIMULTANEOUS_EXECUTIONS_PER_USER = 30;
/** Google's message beyond it (quotas page). */
export const TOO_MANY_SIMULTANEOUS_MESSAGE = 'There are too many scripts running simultaneously for this Google user account.';
export const DEFAULT_SPREAD_MS = 1000;

export function runConcurrently(
  emu: MentorprogramEmulator,
  requests: (ExecutionRequest & { user: string })[],
  options: ConcurrencyOptions = {},
): ExecutionRecord[] {
  const spread = options.spreadMs ?? DEFAULT_SPREAD_MS;
  if (!Number.isFinite(spread) || spread < 0) throw new Error(`runConcurrently: spreadMs must be 0 or more, got ${spread}`);
  for (const r of requests) emu.checkUser(r.user);
  const t0 = emu.context.clock.now();
  const random = createPrng((emu.seed * 7919 + t0) >>> 0);
  const starts = requests
    .map((request, index) => ({ request, index, at: t0 + Math.floor(random() * spread) }))
    .sort((a, b) => a.at - b.at || a.index - b.index);
  const runningUntil = new Map<string, number[]>();
  const records: ExecutionRecord[] = new Array(requests.length);
  let latest = t0;
  for (const { request, index, at } of starts) {
    emu.setClock(at);
    const busy = (runningUntil.get(request.user) ?? []).filter((end) => end > at);
    if (busy.length >= MAX_SIMULTANEOUS_EXECUTIONS_PER_USER) {
      records[index] = emu.executionLog.refuse(request, TOO_MANY_SIMULTANEOUS_MESSAGE);
      continue;
    }
    const { record } = emu.execute(request);
    const end = emu.context.clock.now();
    busy.push(end);
    runningUntil.set(request.user, busy);
    latest = Math.max(latest, end);
    records[index] = record;
  }
  emu.setClock(latest);
  return records;
}
