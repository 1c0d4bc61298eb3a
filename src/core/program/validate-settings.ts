/**
 * This file defines how settings sent from the setup view are checked before anything is
 * saved: all or nothing. Every problem is reported against its field path (e.g.
 * 'timeline.closing.date', 'projectGroup.1.email') with one message in the user's language,
 * so the sidebar can show each next to its input. On success the settings come back
 * normalised (trimmed, emails lower-cased, the shared list de-duplicated) with the two
 * derivable dates filled in when left blank: the midway check-in and the data deletion.
 */
import type { Language } from '../types';
import { isIsoDate, isTimeOfDay } from './dates';
import { isEmailAddress, normaliseEmail } from './email';
import {
  defaultDataDeletion,
  defaultMidway,
  type MeetingSettings,
  type Person,
  type ProgramSettings,
  type Timeline,
} from './settings';
import { type ProgramTexts, programTexts } from './texts';

export type SettingsValidation = { ok: true; settings: ProgramSettings } | { ok: false; errors: Record<string, string> };

export const MAX_NAME_LENGTH = 200;
export const MAX_PLACE_LENGTH = 500;
export const MAX_PROJECT_GROUP = 20;
export const MAX_SHARED_FIELDS = 40;
export const MAX_SHARED_FIELD_LENGTH = 100;
/** Longer than any real meeting link, and keeps a link within a calendar event's and an email's comfort. */
export const MAX_LINK_LENGTH = 2000;

type Dict = Record<string, unknown>;

function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text of a JSON value; numbers are accepted because sheets and old versions may send them. */
function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function child(value: unknown, key: string): unknown {
  return isDict(value) ? value[key] : undefined;
}

class Checker {
  readonly errors: Record<string, string> = {};
  constructor(readonly t: ProgramTexts) {}

  /** Records the first problem per field only: one clear message beats a list. */
  fail(path: string, message: string): void {
    if (!(path in this.errors)) this.errors[path] = message;
  }

  name(path: string, value: unknown, requiredMessage: string): string {
    const result = text(value).replace(/\s+/g, ' ');
    if (result === '') this.fail(path, requiredMessage);
    else if (result.length > MAX_NAME_LENGTH) this.fail(path, this.t.tooLong(MAX_NAME_LENGTH));
    return result;
  }

  email(path: string, value: unknown): string {
    const result = normaliseEmail(text(value));
    if (result === '') this.fail(path, this.t.emailRequired);
    else if (!isEmailAddress(result)) this.fail(path, this.t.emailInvalid);
    return result;
  }

  /** A date, or '' (with an error) when missing or not a real date. `optional` allows blank. */
  date(path: string, value: unknown, optional = false): string {
    const result = text(value);
    if (result === '') {
      if (!optional) this.fail(path, this.t.dateRequired);
      return '';
    }
    if (!isIsoDate(result)) {
      this.fail(path, this.t.dateInvalid(result));
      return '';
    }
    return result;
  }

  meeting(path: string, value: unknown): MeetingSettings {
    const time = text(child(value, 'time'));
    if (!isTimeOfDay(time)) this.fail(`${path}.time`, this.t.timeInvalid);
    const place = text(child(value, 'place'));
    if (place.length > MAX_PLACE_LENGTH) this.fail(`${path}.place`, this.t.tooLong(MAX_PLACE_LENGTH));
    const videoLink = text(child(value, 'videoLink'));
    if (videoLink !== '' && !/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(videoLink)) {
      this.fail(`${path}.videoLink`, this.t.linkInvalid);
    } else if (videoLink.length > MAX_LINK_LENGTH) {
      this.fail(`${path}.videoLink`, this.t.tooLong(MAX_LINK_LENGTH));
    }
    return { date: this.date(`${path}.date`, child(value, 'date')), time, place, videoLink };
  }

  /** `later` must come after `earlier` (strictly, or on the same day when `sameDayOk`). */
  order(earlier: string, later: string, path: string, sameDayOk: boolean, message: string): void {
    if (earlier === '' || later === '') return;
    if (later < earlier || (!sameDayOk && later === earlier)) this.fail(path, message);
  }
}

function checkProjectGroup(c: Checker, value: unknown): Person[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    c.fail('projectGroup', c.t.projectGroupInvalid);
    return [];
  }
  const members: Person[] = [];
  value.forEach((entry, i) => {
    // A row the user left completely empty in the setup view is not an error, just unused.
    if (text(child(entry, 'name')) === '' && text(child(entry, 'email')) === '') return;
    members.push({
      name: c.name(`projectGroup.${i}.name`, child(entry, 'name'), c.t.memberNameRequired),
      email: c.email(`projectGroup.${i}.email`, child(entry, 'email')),
    });
  });
  if (members.length > MAX_PROJECT_GROUP) c.fail('projectGroup', c.t.tooManyMembers(MAX_PROJECT_GROUP));
  return members;
}

function checkSharedFields(c: Checker, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    c.fail('sharedFields', c.t.sharedFieldsInvalid);
    return [];
  }
  const result: string[] = [];
  const seen = new Set<string>();
  value.forEach((entry, i) => {
    const field = text(entry).replace(/\s+/g, ' ');
    if (field === '' || seen.has(field.toLowerCase())) return;
    seen.add(field.toLowerCase());
    if (field.includes(',')) c.fail(`sharedFields.${i}`, c.t.sharedFieldComma);
    else if (field.length > MAX_SHARED_FIELD_LENGTH) c.fail(`sharedFields.${i}`, c.t.tooLong(MAX_SHARED_FIELD_LENGTH));
    result.push(field);
  });
  if (result.length > MAX_SHARED_FIELDS) c.fail('sharedFields', c.t.tooManySharedFields(MAX_SHARED_FIELDS));
  return result;
}

function checkTimeline(c: Checker, value: unknown): Timeline {
  const p = 'timeline';
  const opens = c.date(`${p}.applicationOpens`, child(value, 'applicationOpens'));
  const closes = c.date(`${p}.applicationCloses`, child(value, 'applicationCloses'));
  const announced = c.date(`${p}.matchesAnnounced`, child(value, 'matchesAnnounced'));
  const kickoff = c.meeting(`${p}.kickoff`, child(value, 'kickoff'));
  const closing = c.meeting(`${p}.closing`, child(value, 'closing'));
  const programEnd = c.date(`${p}.programEnd`, child(value, 'programEnd'));
  let midway = c.date(`${p}.midway`, child(value, 'midway'), true);
  // Only derive the midway when the meetings are in order: otherwise the closing date already
  // carries the error and a derived midway would add a second, confusing one.
  if (midway === '' && text(child(value, 'midway')) === '' && kickoff.date !== '' && closing.date > kickoff.date) {
    midway = defaultMidway(kickoff.date, closing.date);
  }
  let dataDeletion = c.date(`${p}.dataDeletion`, child(value, 'dataDeletion'), true);
  if (dataDeletion === '' && text(child(value, 'dataDeletion')) === '' && programEnd !== '') {
    dataDeletion = defaultDataDeletion(programEnd);
  }

  // Each message sits on the field the user most likely mistyped: the later one, except that
  // the midway check-in (usually left to its default) takes the blame before the meetings do.
  const t = c.t;
  c.order(opens, closes, `${p}.applicationCloses`, false, t.closesAfterOpens);
  c.order(closes, announced, `${p}.matchesAnnounced`, true, t.announcedNotBeforeCloses);
  c.order(announced, kickoff.date, `${p}.kickoff.date`, true, t.kickoffNotBeforeAnnounced);
  // Kickoff vs closing first, so a closing before the kickoff gets the plainest message.
  c.order(kickoff.date, closing.date, `${p}.closing.date`, false, t.closingAfterKickoff);
  // The midway only sits between meetings that are themselves in order.
  if (!(`${p}.closing.date` in c.errors)) {
    c.order(kickoff.date, midway, `${p}.midway`, false, t.midwayAfterKickoff);
    c.order(midway, closing.date, `${p}.midway`, false, t.midwayBeforeClosing);
  }
  c.order(closing.date, programEnd, `${p}.programEnd`, true, t.endNotBeforeClosing);
  c.order(programEnd, dataDeletion, `${p}.dataDeletion`, false, t.deletionAfterEnd);

  return { applicationOpens: opens, applicationCloses: closes, matchesAnnounced: announced, kickoff, midway, closing, programEnd, dataDeletion };
}

/**
 * Checks settings from the setup view (any JSON) and returns either the normalised settings
 * or one message per faulty field, in `language` (the language of the person editing, which
 * may differ from the program language being chosen). Unknown properties are dropped.
 */
export function validateSettings(input: unknown, language: Language): SettingsValidation {
  const c = new Checker(programTexts(language));
  if (!isDict(input)) return { ok: false, errors: { settings: c.t.notAnObject } };

  const programName = c.name('programName', input.programName, c.t.programNameRequired);
  const programLanguage = input.language;
  if (programLanguage !== 'sv' && programLanguage !== 'en') c.fail('language', c.t.languageInvalid);
  const contact = {
    name: c.name('contact.name', child(input.contact, 'name'), c.t.contactNameRequired),
    email: c.email('contact.email', child(input.contact, 'email')),
  };
  const projectGroup = checkProjectGroup(c, input.projectGroup);
  const timeline = checkTimeline(c, input.timeline);
  const sharedFields = checkSharedFields(c, input.sharedFields);

  if (Object.keys(c.errors).length > 0) return { ok: false, errors: c.errors };
  return {
    ok: true,
    settings: {
      programName,
      language: programLanguage === 'en' ? 'en' : 'sv',
      contact,
      projectGroup,
      timeline,
      sharedFields,
    },
  };
}
