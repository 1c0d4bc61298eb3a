/**
 * This file defines the use cases of trigger ownership: installing the one form-submit
 * trigger under the member who asks (never a second when another member owns one), the
 * owner's sidebar repairing their trigger when it is gone, a member taking over when the
 * owner has left, and a firing trigger checking it is the recorded one (a stray does nothing
 * and deletes itself, so no response is handled twice). The record lives in document
 * properties, under the document lock, since every member sees those and may act at once.
 */
import { admitFiring, planEnsure, planTakeOver, sameAccount, type TriggerPlan, type TriggerRecord } from '../core/triggers';
import { TRIGGERS_KEY } from './keys';
import type { Ports } from './ports';

export const FORM_SUBMIT = 'onFormSubmit';

interface TriggerRecords {
  formSubmit?: TriggerRecord;
}

/** What the sidebar shows about the trigger that reads form responses. */
export interface ResponseTriggerView {
  owner: string;
  /** The running member owns it. */
  mine: boolean;
  installedAt: string;
}

function records(ports: Ports): TriggerRecords {
  return ports.store.readJson<TriggerRecords>(TRIGGERS_KEY) ?? {};
}

export function formSubmitRecord(ports: Ports): TriggerRecord | null {
  return records(ports).formSubmit ?? null;
}

function apply(ports: Ports, plan: TriggerPlan, current: TriggerRecord | null): TriggerRecord | null {
  for (const uid of plan.remove) ports.triggers.deleteTrigger(uid);
  const uid = plan.install ? ports.triggers.installFormSubmitTrigger() : plan.adopt;
  if (uid === null) return current;
  const record: TriggerRecord = { owner: ports.triggers.currentUser(), uid, handler: FORM_SUBMIT, installedAt: ports.clock.nowIso() };
  ports.store.writeJson(TRIGGERS_KEY, { ...records(ports), formSubmit: record });
  return record;
}

/** Makes sure one form-submit trigger exists, installing it under the running member only when nobody owns one. */
export function ensureFormSubmitTrigger(ports: Ports): TriggerRecord | null {
  return ports.lock.withLock(() => {
    const record = formSubmitRecord(ports);
    return apply(ports, planEnsure(record, ports.triggers.currentUser(), ports.triggers.formSubmitTriggers()), record);
  });
}

/** The group knows the owner left: the running member installs under their own account and the record follows. */
export function takeOverFormSubmitTrigger(ports: Ports): TriggerRecord | null {
  return ports.lock.withLock(() => {
    const record = formSubmitRecord(ports);
    return apply(ports, planTakeOver(record, ports.triggers.currentUser(), ports.triggers.formSubmitTriggers()), record);
  });
}

/**
 * The sidebar's view of the trigger; when the running member is the recorded owner and their
 * trigger is gone (only they can see it), it is repaired first.
 */
export function responseTriggerView(ports: Ports): ResponseTriggerView | null {
  let record = formSubmitRecord(ports);
  if (!record) return null;
  const me = ports.triggers.currentUser();
  if (sameAccount(record.owner, me) && !ports.triggers.formSubmitTriggers().includes(record.uid)) {
    record = ensureFormSubmitTrigger(ports) ?? record;
  }
  return { owner: record.owner, mine: sameAccount(record.owner, me), installedAt: record.installedAt };
}

/**
 * Called first by the form-submit handler: true when this firing should be handled. A
 * trigger that is not the recorded one deletes itself and handles nothing.
 */
export function admitFormSubmitFiring(ports: Ports, triggerUid: string | undefined): boolean {
  return ports.lock.withLock(() => {
    const record = formSubmitRecord(ports);
    const verdict = admitFiring(record, triggerUid);
    if (verdict === 'retire') {
      ports.triggers.deleteTrigger(triggerUid!);
      return false;
    }
    if (verdict === 'adopt') apply(ports, { install: false, adopt: triggerUid!, remove: [] }, record);
    return true;
  });
}
