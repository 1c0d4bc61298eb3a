/**
 * This file tests the pure outbox rules: one row per key, what a drain takes, how the rows
 * of a run that died are settled from its progress record, and cancellation.
 */
import {
  CLAIM_TTL_MS,
  claimRun,
  cancelFor,
  type EmailRequest,
  keyHandle,
  type OutboxRow,
  outboxCounts,
  planDrain,
  queueRequests,
  sentOutcome,
  settleDeadClaims,
} from '../../../src/core/email';

const T0 = Date.parse('2027-01-10T09:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const req = (recipient: string, due = iso(T0), pairId?: string): EmailRequest => ({
  kind: pairId ? 'match-mentee' : 'application-received',
  recipient,
  personId: `P-${recipient}`,
  pairId,
  language: 'sv',
  due,
});

test('queueing the same email twice (or an existing one) leaves one row', () => {
  const first = queueRequests([], [req('a@x.se'), req('A@x.se '), req('b@x.se')]);
  expect(first.map((r) => r.key)).toEqual(['application-received|a@x.se|', 'application-received|b@x.se|']);
  const sent = first.map((r) => ({ ...r, state: 'sent' as const }));
  expect(queueRequests(sent, [req('a@x.se'), req('a@x.se', iso(T0), 'PAIR-1')]).map((r) => r.key)).toEqual(['match-mentee|a@x.se|PAIR-1']);
});

test('a drain takes due queued rows, oldest first, up to the limit', () => {
  const rows = queueRequests([], [req('a@x.se', iso(T0 + 1000)), req('b@x.se', iso(T0 - 5000)), req('c@x.se', iso(T0 + 3_600_000)), req('d@x.se')]);
  rows[3] = { ...rows[3]!, state: 'held' };
  expect(planDrain(rows, T0 + 2000, 10)).toEqual({ take: [1, 0], waiting: 0 });
  expect(planDrain(rows, T0 + 2000, 1)).toEqual({ take: [1], waiting: 1 });
  expect(planDrain(rows, T0 + 2000, 0)).toEqual({ take: [], waiting: 2 });
});

describe('settling a run that died', () => {
  const claimed = (key: string, run = 'r1', at = T0): OutboxRow => ({
    ...queueRequests([], [req(key)])[0]!,
    state: 'sending',
    claim: `${run} ${iso(at)}`,
  });
  const rows = [claimed('sent@x.se'), claimed('current@x.se'), claimed('untried@x.se'), claimed('failed@x.se'), claimed('live@x.se', 'r2', T0 + CLAIM_TTL_MS)];
  const h = (i: number) => keyHandle(rows[i]!.key);
  const progress = { started: iso(T0), current: h(1), out: { [h(0)]: sentOutcome(T0 + 62_000, iso(T0)), [h(3)]: 'fInvalid email: failed@x.se' } };

  test('sent stays sent, the one being sent waits for a check, the untried go back, live claims are left', () => {
    const settled = settleDeadClaims(rows, (claim) => (claimRun(claim) === 'r1' ? progress : null), T0 + CLAIM_TTL_MS + 1);
    expect(settled.map((r) => [r.state, r.claim === '', r.sentAt, r.error, r.attempts])).toEqual([
      ['sent', true, iso(T0 + 62_000), '', 1],
      ['sending', true, '', '', 1],
      ['queued', true, '', '', 0],
      ['failed', true, '', 'Invalid email: failed@x.se', 1],
      ['sending', false, '', '', 0],
    ]);
    expect(outboxCounts(settled, T0 + CLAIM_TTL_MS + 1)).toMatchObject({ sent: 1, check: 1, queued: 1, failed: 1, sending: 1 });
  });

  test('a run without a progress record leaves its rows for the group to check', () => {
    const settled = settleDeadClaims(rows, () => null, T0 + 10 * CLAIM_TTL_MS);
    expect(settled.map((r) => r.state)).toEqual(['sending', 'sending', 'sending', 'sending', 'sending']);
    expect(outboxCounts(settled, T0 + 10 * CLAIM_TTL_MS).check).toBe(5);
  });
});

test('withdrawn people have their unsent emails cancelled, sent ones are kept', () => {
  const rows = queueRequests([], [req('a@x.se'), req('b@x.se'), req('c@x.se')]);
  rows[1] = { ...rows[1]!, state: 'sent' };
  const out = cancelFor(rows, (id) => id !== 'P-c@x.se', 'gone');
  expect(out.map((r) => r.state)).toEqual(['cancelled', 'sent', 'queued']);
  expect(out[0]!.error).toBe('gone');
});
