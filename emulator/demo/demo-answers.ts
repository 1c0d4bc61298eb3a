/**
 * This file defines the demo program's sign-ups for the local preview: believable answers
 * for 60 mentors and 80 mentees by default, keyed by the forms' own question titles (in the
 * program's language), so the preview feeds them through the real intake path. About a fifth
 * of the mentees need English and about half the mentors accept it; a tenth of the mentors
 * live abroad; two entries are flawed on purpose (a mentor with a malformed email, a mentee
 * without consent) and one has a phone number no one can dial, so "needs attention" shows.
 * Everything is drawn from a seeded generator: the same seed gives the same program.
 */
import { type FieldKey, formSpec } from '../../src/core/forms';
import type { RawResponse } from '../../src/core/intake';
import { addDays, daysBetween, defaultSettings, type ProgramSettings } from '../../src/core/program';
import type { Language, Role } from '../../src/core/types';
import { DOMAINS } from './demo-domains';
import {
  ABROAD,
  abroadPhone,
  emailLocalPart,
  INTERNATIONAL_FIRST,
  INTERNATIONAL_LAST,
  MENTEE_CITIES,
  MENTOR_CITIES,
  SWEDISH_FIRST,
  SWEDISH_LAST,
  swedishPhone,
} from './demo-people';
import * as texts from './demo-texts';
import { createRandom, type Random } from './prng';

export const DEMO_SEED = 20260901;
export const DEMO_MENTOR_COUNT = 60;
export const DEMO_MENTEE_COUNT = 80;

/** Which entries are flawed on purpose (when the count reaches them). */
export const DEMO_FLAWS = { malformedEmailMentor: 7, unreadablePhoneMentor: 23, noConsentMentee: 11 } as const;

const ROLE_SALT: Record<Role, number> = { mentor: 0x6d656e74, mentee: 0x61647074 };

/** 'Data science and AI' → 'data science and AI', but 'HR and leadership' stays. */
function lowerFirst(text: string): string {
  return /^.\p{Lu}/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** Exactly round(share * count) of the indexes 0..count-1, chosen at random. */
function chosen(random: Random, count: number, share: number): Set<number> {
  return new Set(random.sample([...Array(count).keys()], Math.round(share * count)));
}

interface Labels {
  yes: string;
  no: string;
  swedish: string;
  english: string;
  consent: string;
  titles: Map<FieldKey, string>;
}

function labelsOf(role: Role, settings: ProgramSettings): Labels {
  const items = formSpec(role, settings).items;
  const choices = (key: FieldKey) => items.find((i) => i.key === key)?.choices ?? [];
  const yesNo = choices('digital');
  const language = role === 'mentee' ? choices('language') : [];
  return {
    yes: yesNo[0] ?? '',
    no: yesNo[1] ?? '',
    swedish: language[0] ?? '',
    english: language[1] ?? '',
    consent: choices('consent')[0] ?? '',
    titles: new Map(items.map((i) => [i.key, i.title])),
  };
}

// Reserved example domains only; students and alumni use different ones, as in real life,
// which also keeps a mentor and a mentee of the same name apart.
const EMAIL_DOMAINS: Record<Role, readonly string[]> = {
  mentor: ['example.org', 'example.com'],
  mentee: ['student.example.org', 'mail.example.com'],
};

function uniqueEmail(random: Random, role: Role, first: string, last: string, taken: Set<string>): string {
  const local = emailLocalPart(first, last);
  const domain = random.pick(EMAIL_DOMAINS[role]);
  let email = `${local}@${domain}`;
  for (let n = 2; taken.has(email); n++) email = `${local}${n}@${domain}`;
  taken.add(email);
  return email;
}

function sharedTicks(random: Random, shared: readonly number[], settings: ProgramSettings): string {
  const list = settings.sharedFields;
  if (list.length === 0) return '';
  const indexes = new Set(random.sample(shared, random.int(1, shared.length)));
  if (random.chance(0.3)) indexes.add(random.int(0, list.length - 1));
  const ticked = list.filter((_, i) => indexes.has(i));
  return (ticked.length > 0 ? ticked : [random.pick(list)]).join(', ');
}

/**
 * `count` answer maps for `role`, keyed by the question titles of formSpec(role, settings).
 * Deterministic in `seed`.
 */
export function demoAnswers(role: Role, count: number, seed: number, settings: ProgramSettings): Record<string, string>[] {
  const random = createRandom((seed ^ ROLE_SALT[role]) >>> 0);
  const labels = labelsOf(role, settings);
  const english = chosen(random, count, role === 'mentee' ? 0.2 : 0.5);
  const abroad = chosen(random, count, role === 'mentor' ? 0.1 : 0.03);
  const emails = new Set<string>();
  const result: Record<string, string>[] = [];

  for (let i = 0; i < count; i++) {
    const international = role === 'mentee' ? english.has(i) : abroad.has(i) && random.chance(0.6);
    const first = random.pick(international ? INTERNATIONAL_FIRST : SWEDISH_FIRST);
    const last = random.pick(international ? INTERNATIONAL_LAST : SWEDISH_LAST);
    const writes: Language = international || (settings.language === 'en' && random.chance(0.4)) ? 'en' : 'sv';
    const domain = random.pick(DOMAINS);
    const [interest, other] = random.sample(domain.interests, 2).map((t) => t[writes]) as [string, string];
    const city = abroad.has(i) ? random.pick(ABROAD) : random.pick(role === 'mentor' ? MENTOR_CITIES : MENTEE_CITIES);
    const programme = random.pick(domain.menteeProgramme)[writes];
    const ctx = { area: lowerFirst(domain.field[writes]), interest, other, programme, city };
    const yesNo = (yes: boolean) => (yes ? labels.yes : labels.no);

    const values: Partial<Record<FieldKey, string>> = {
      firstName: first,
      lastName: last,
      email: uniqueEmail(random, role, first, last, emails),
      phone: random.chance(role === 'mentor' ? 0.8 : 0.7) ? (abroad.has(i) ? abroadPhone(random) : swedishPhone(random)) : '',
      city,
      digital: yesNo(abroad.has(i) || random.chance(0.65)),
      fields: sharedTicks(random, domain.shared, settings),
      consent: labels.consent,
    };
    if (role === 'mentor') {
      values.organisation = random.pick(domain.organisations);
      values.field = domain.field[writes];
      values.education = random.pick(domain.mentorEducation)[writes];
      values.acceptsEnglish = yesNo(english.has(i) || international);
      values.capacity = random.pick(['1', '1', '1', '1', '1', '2', '2', '2', '3', '']);
      values.wishes = random.chance(0.55) ? texts.mentorWishes(random, writes, ctx) : '';
      if (i === DEMO_FLAWS.malformedEmailMentor) values.email = values.email!.replace('@', '.');
      if (i === DEMO_FLAWS.unreadablePhoneMentor) values.phone = writes === 'sv' ? 'ring efter 17' : 'call after 5pm';
    } else {
      values.language = english.has(i) ? labels.english : labels.swedish;
      values.education = texts.menteeEducation(writes, ctx);
      values.motivation = texts.motivation(random, writes, ctx);
      values.expectations = texts.expectations(random, writes, ctx);
      values.contribution = texts.contribution(random, writes, ctx);
      values.wishes = random.chance(0.5) ? texts.menteeWishes(random, writes, ctx) : '';
      if (i === DEMO_FLAWS.noConsentMentee) values.consent = '';
    }

    const answers: Record<string, string> = {};
    for (const [key, title] of labels.titles) answers[title] = values[key] ?? '';
    result.push(answers);
  }
  return result;
}

/**
 * demoAnswers as raw responses: submitted at seeded times during the application window, in
 * time order, on raw rows 2, 3, ... (row 1 is the header), as a response sheet would hold them.
 */
export function demoResponses(role: Role, count: number, seed: number, settings: ProgramSettings): RawResponse[] {
  const random = createRandom((seed ^ ROLE_SALT[role] ^ 0x74696d65) >>> 0);
  const { applicationOpens, applicationCloses } = settings.timeline;
  const days = Math.max(1, daysBetween(applicationOpens, applicationCloses));
  const two = (n: number) => String(n).padStart(2, '0');
  const times = Array.from({ length: count }, () => {
    const day = addDays(applicationOpens, random.int(0, days - 1));
    return `${day}T${two(random.int(6, 22))}:${two(random.int(0, 59))}:${two(random.int(0, 59))}.000Z`;
  }).sort();
  return demoAnswers(role, count, seed, settings).map((answers, i) => ({ row: i + 2, timestamp: times[i]!, answers }));
}

/** The whole demo sign-up: 60 mentors and 80 mentees unless told otherwise. */
export function demoProgram(
  settings: ProgramSettings,
  seed: number = DEMO_SEED,
  counts: { mentor: number; mentee: number } = { mentor: DEMO_MENTOR_COUNT, mentee: DEMO_MENTEE_COUNT },
): Record<Role, RawResponse[]> {
  return {
    mentor: demoResponses('mentor', counts.mentor, seed, settings),
    mentee: demoResponses('mentee', counts.mentee, seed, settings),
  };
}

/** Filled-in settings for the preview: the toolkit defaults plus an invented project group. */
export function demoSettings(today: string, language: Language): ProgramSettings {
  const base = defaultSettings(today, language);
  const group = [
    { name: 'Karin Ek', email: 'karin.ek@example.org' },
    { name: 'Omar Haddad', email: 'omar.haddad@example.org' },
    { name: 'Ella Lindgren', email: 'ella.lindgren@example.com' },
  ];
  return {
    ...base,
    contact: group[0]!,
    projectGroup: group,
    timeline: {
      ...base.timeline,
      kickoff: { ...base.timeline.kickoff, place: language === 'sv' ? 'Alumnhuset, Exempelgatan 1' : 'Alumni House, Exempelgatan 1', videoLink: 'https://meet.example.org/kickoff' },
      closing: { ...base.timeline.closing, place: language === 'sv' ? 'Alumnhuset, Exempelgatan 1' : 'Alumni House, Exempelgatan 1', videoLink: '' },
    },
  };
}
