/**
 * This file defines what each timeline step does, as one action per step over the ports.
 * Every action is idempotent by its own records (a form opened twice is open, the meeting
 * sync updates the one event it recorded, the outbox never sends an email twice), which is
 * what lets the runner finish a step that a dead run left "running" by running it again.
 * A step whose feature is not in this build (the emails before the outbox, the deletion
 * before the privacy feature) has no action: the runner leaves it due and says why.
 */
import type { ProgramSettings } from '../core/program';
import type { StepId } from '../core/timeline';
import { syncMeeting } from './meetings';
import { formRecords, ROLES } from './sign-up-forms';
import type { MailStep, StepResult, TimelinePorts } from './timeline-ports';

export type StepAction = (ports: TimelinePorts, settings: ProgramSettings) => StepResult;

function setForms(accepting: boolean): StepAction {
  return (ports) => {
    const records = formRecords(ports);
    const missing = ROLES.filter((role) => !records[role]);
    if (missing.length === ROLES.length) return { ok: false, error: { key: 'formsMissing' } };
    const gone = ROLES.filter((role) => {
      const record = records[role];
      return record ? !ports.forms.setAccepting(record.formId, accepting) : false;
    });
    if (gone.length > 0 || missing.length > 0) return { ok: false, error: { key: 'formsMissing' } };
    return { ok: true };
  };
}

function mail(ports: TimelinePorts, step: MailStep): StepAction | undefined {
  const steps = ports.emailSteps;
  if (!steps?.has(step)) return undefined;
  return () => steps.run(step);
}

/** The action of each step, or undefined when this build cannot run it. */
export function stepAction(ports: TimelinePorts, id: StepId): StepAction | undefined {
  switch (id) {
    case 'openForms':
      return setForms(true);
    case 'closeForms':
      return setForms(false);
    case 'createKickoff':
      return (p, settings) => syncMeeting(p, settings, 'kickoff');
    case 'createClosing':
      return (p, settings) => syncMeeting(p, settings, 'closing');
    case 'deletePersonalData':
      return undefined;
    default:
      return mail(ports, id);
  }
}
