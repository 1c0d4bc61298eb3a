/**
 * This file defines who is invited to a meeting and what changes when the step runs again:
 * every confirmed participant and the project group, each address once (lower-cased), and
 * the difference from the guests the event has now (newcomers added, withdrawn removed,
 * guests someone added by hand in Calendar left alone). Google Calendar accepts at most 500
 * guests on a one-time event (more through a Google Group address, up to 10,000 then;
 * support.google.com/a/answer/172013, older revision); a larger program is invited through
 * the group address the project group gives, which then stands in for the participants.
 */
export const MAX_GUESTS_PER_EVENT = 500;

export interface GuestPlan {
  /** The guest list the event should have. */
  guests: string[];
  added: string[];
  removed: string[];
  /** More individual guests than Calendar allows and no group address to invite instead. */
  overLimit: boolean;
}

const norm = (email: string) => email.trim().toLowerCase();

/**
 * `participants`: the confirmed mentors and mentees; `group`: the project group;
 * `current`: the event's guests now (empty for a new event); `invitedBefore`: the guests the
 * add-on itself invited last time (only those may be removed); `groupAddress`: a Google
 * Group to invite instead of the participants when there are too many.
 */
export function planGuests(participants: string[], group: string[], current: string[], invitedBefore: string[], groupAddress: string): GuestPlan {
  const wanted = new Set<string>();
  const useGroup = groupAddress.trim() !== '' && participants.length + group.length > MAX_GUESTS_PER_EVENT;
  for (const email of useGroup ? [groupAddress] : participants) if (email.trim()) wanted.add(norm(email));
  for (const email of group) if (email.trim()) wanted.add(norm(email));
  const now = new Set(current.map(norm));
  const ours = new Set(invitedBefore.map(norm));
  const added = [...wanted].filter((e) => !now.has(e));
  const removed = [...now].filter((e) => ours.has(e) && !wanted.has(e));
  const kept = [...now].filter((e) => !removed.includes(e));
  const guests = [...kept, ...added];
  return { guests, added, removed, overLimit: guests.length > MAX_GUESTS_PER_EVENT };
}
