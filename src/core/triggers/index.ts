/**
 * This file defines the public surface of trigger ownership: the record kept per installed
 * trigger and the pure rules deciding installs, repairs, take-overs and firings.
 */
export { admitFiring, type FiringVerdict, planEnsure, planTakeOver, sameAccount, type TriggerPlan, type TriggerRecord } from './ownership';
