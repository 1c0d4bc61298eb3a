/**
 * This file defines the Apps Script wiring of the timeline's ports: the shared ports plus
 * the program's zone, the hourly trigger, the Log sheet and the advanced Calendar service.
 * The participants are the confirmed pairs of the Matches sheet (src/app/participants); the email
 * steps go through the outbox (src/app/timeline-emails).
 */
import { confirmedParticipants } from '../app/participants';
import { ownedRunLog } from '../app/run-log';
import { timelineEmails } from '../app/timeline-emails';
import type { TimelinePorts } from '../app/timeline-ports';
import type { ProgramSettings } from '../core/program';
import { calendarGateway } from './calendar-gateway';
import { gasPorts } from './gas-ports';
import { automationGateway, programZone } from './timeline-gateway';

export function timelinePorts(settings: ProgramSettings | null): TimelinePorts {
  const base = gasPorts();
  const zone = programZone();
  const ports: TimelinePorts = {
    ...base,
    zone,
    automation: automationGateway,
    log: ownedRunLog(base),
    calendar: calendarGateway(zone.name),
  };
  if (settings) {
    ports.participants = () => confirmedParticipants(base, settings);
    ports.emailSteps = timelineEmails(base, settings);
  }
  return ports;
}
