/**
 * This file defines the pure rules of trigger ownership. Installable triggers run as the
 * member who made them, and one member cannot see another's (a member lists only their own triggers), so
 * the add-on records in document properties who owns each trigger it installs. From that
 * record, the running member's own triggers and their email, these rules decide what to do
 * so that exactly one trigger handles each event: never install a second when another member
 * owns one, repair the owner's own when it is gone, and retire every trigger that is not the
 * recorded one.
 */

/** Who owns an installed trigger, as stored in document properties. */
export interface TriggerRecord {
  /** The owner's email, as Session reported it when installing. */
  owner: string;
  /** Trigger.getUniqueId() of the owner's trigger; events carry it as e.triggerUid. */
  uid: string;
  handler: string;
  /** ISO time of installation. */
  installedAt: string;
}

/** What the running member does about their own triggers of this kind. */
export interface TriggerPlan {
  /** Install a trigger under the running member and record it. */
  install: boolean;
  /** Record this existing trigger of the running member (no record yet, or the recorded one is gone). */
  adopt: string | null;
  /** The running member's triggers to delete: strays beside the recorded one. */
  remove: string[];
}

export function sameAccount(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The plan when the running member (`me`, owning the triggers `mine`) needs the trigger to
 * exist: on "create forms" and on the owner's sidebar open (repair). Another member's record
 * is respected: nothing is installed, and the running member's strays are removed.
 */
export function planEnsure(record: TriggerRecord | null, me: string, mine: readonly string[]): TriggerPlan {
  if (record && !sameAccount(record.owner, me)) return { install: false, adopt: null, remove: [...mine] };
  if (record && mine.includes(record.uid)) return { install: false, adopt: null, remove: mine.filter((uid) => uid !== record.uid) };
  const [first, ...rest] = mine;
  if (first !== undefined) return { install: false, adopt: first, remove: rest };
  return { install: true, adopt: null, remove: [] };
}

/**
 * The plan when the group says the owner has left: the running member takes over with a
 * trigger of their own (kept if they have one), replacing the record. The old owner's
 * trigger, invisible here, retires itself on its next firing (see admitFiring).
 */
export function planTakeOver(record: TriggerRecord | null, me: string, mine: readonly string[]): TriggerPlan {
  if (record && sameAccount(record.owner, me)) return planEnsure(record, me, mine);
  return planEnsure(null, me, mine);
}

export type FiringVerdict = 'handle' | 'adopt' | 'retire';

/**
 * Whether a firing trigger is the recorded one: 'handle' it; 'retire' it (do nothing and
 * delete itself) when the record names another trigger; 'adopt' it (record it, then handle)
 * when nothing is recorded, as for a trigger installed before records existed. An event
 * without a trigger id (a manual run) is handled.
 */
export function admitFiring(record: TriggerRecord | null, triggerUid: string | undefined): FiringVerdict {
  if (triggerUid === undefined || triggerUid === '') return 'handle';
  if (!record) return 'adopt';
  return record.uid === triggerUid ? 'handle' : 'retire';
}
