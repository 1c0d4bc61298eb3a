/**
 * This file defines what the sidebar's email view asks of the server: every template as
 * the Templates sheet holds it, with its problems named; a preview of any template (saved
 * or being edited) for any real participant, in their pair when they have one; saving an
 * edited template; a test send of it to yourself; and the sending choices (hold all, the
 * sender alias among the running user's own).
 */
import {
  type EmailKind,
  type EmailPair,
  emailTexts,
  isEmailKind,
  isEventKind,
  isPairKind,
  placeholdersOf,
  placeholderValues,
  problemText,
  renderEmail,
  safeDisplayName,
  templateSlots,
  validateTemplate,
} from '../core/email';
import { fail, ok, type Result } from '../core/failures';
import type { ProgramSettings } from '../core/program';
import type { Language } from '../core/types';
import { renderInvitation } from '../core/meetings';
import { checkinLinks } from './checkin';
import { confirmedPairs, emailPairOf, loadPeople, participantsOf } from './email-data';
import { loadTemplates, saveTemplate } from './email-templates';
import { type MailSettings, mailSettings, saveMailSettings } from './mail-settings';
import { pairExplainer } from './pair-explainer';
import type { Ports } from './ports';

export interface TemplateView {
  kind: EmailKind;
  language: Language;
  label: string;
  subject: string;
  body: string;
  placeholders: string[];
  problems: string[];
}

export interface ParticipantOption {
  id: string;
  name: string;
  role: 'mentor' | 'mentee';
  language: Language;
  paired: boolean;
}

export interface EmailTemplatesView {
  templates: TemplateView[];
  participants: ParticipantOption[];
}

export interface TemplateInput {
  kind: EmailKind;
  language: Language;
  subject: string;
  body: string;
  personId: string;
}

export interface PreviewView {
  ok: boolean;
  problems: string[];
  to: string;
  subject: string;
  text: string;
  html: string;
}

export function emailTemplatesView(ports: Ports, settings: ProgramSettings, ui: Language): EmailTemplatesView {
  const book = loadTemplates(ports, settings.language);
  const people = loadPeople(ports, settings);
  const paired = new Set(confirmedPairs(ports, settings, people).flatMap((p) => [p.mentorId, p.menteeId]));
  const t = emailTexts(ui);
  return {
    templates: templateSlots().map(({ kind, language }) => {
      const tpl = book(kind, language);
      return {
        kind,
        language,
        label: t.kinds[kind],
        subject: tpl.subject,
        body: tpl.body,
        placeholders: [...placeholdersOf(kind)],
        problems: validateTemplate(kind, tpl.subject, tpl.body).map((p) => problemText(p, ui)),
      };
    }),
    participants: [...people.mentees, ...people.mentors]
      .filter((p) => p.status !== 'withdrawn')
      .map((p) => ({ id: p.id, name: `${p.firstName} ${p.lastName}`.trim(), role: p.role, language: p.role === 'mentee' ? p.language : settings.language, paired: paired.has(p.id) })),
  };
}

/** Parses what the sidebar sent; null when it is not a template input. */
export function templateInput(value: unknown): TemplateInput | null {
  const v = value as Partial<TemplateInput> | null;
  if (!v || !isEmailKind(v.kind) || (v.language !== 'sv' && v.language !== 'en')) return null;
  if (typeof v.subject !== 'string' || typeof v.body !== 'string' || typeof v.personId !== 'string') return null;
  return { kind: v.kind, language: v.language, subject: v.subject, body: v.body, personId: v.personId };
}

/** The template rendered for a real participant (their pair and check-in link when they have them). */
export function previewTemplate(ports: Ports, settings: ProgramSettings, input: TemplateInput, ui: Language): PreviewView {
  const empty = { to: '', subject: '', text: '', html: '' };
  const problems = validateTemplate(input.kind, input.subject, input.body);
  if (problems.length) return { ok: false, problems: problems.map((p) => problemText(p, ui)), ...empty };
  if (isEventKind(input.kind)) {
    // A Calendar event's text: the same for every guest, plain text, the place added below it.
    const rendered = renderInvitation(settings, { ...input, kind: input.kind }, false);
    if (!rendered.ok) return { ok: false, problems: rendered.problems.map((p) => problemText(p, ui)), ...empty };
    return { ok: true, problems: [], to: '', subject: rendered.invitation.title, text: rendered.invitation.description, html: '' };
  }
  const people = loadPeople(ports, settings);
  const participants = participantsOf(people, settings);
  const person = participants.get(input.personId);
  if (!person) return { ok: false, problems: [emailTexts(ui).withdrawn], ...empty };
  const pairs = confirmedPairs(ports, settings, people);
  // Pair kinds need a pair: the person's own, or else (to see the text) the first confirmed pair.
  const own = pairs.find((p) => p.menteeId === person.person.id || p.mentorId === person.person.id);
  let pair: EmailPair | undefined;
  if (isPairKind(input.kind)) {
    const ref = own ?? pairs[0];
    // As the drain does: the reasons in the email's language, scored only when the template shows them.
    const why = ref && `${input.subject}${input.body}`.includes('match.why') ? pairExplainer(ports, settings, people)(ref, input.language) : ref?.why;
    pair = ref ? (emailPairOf(ref, participants, why) ?? undefined) : undefined;
    if (!pair) return { ok: false, problems: [emailTexts(ui).pairGone], ...empty };
  }
  const link = own ? checkinLinks(ports, settings).get(`${person.person.id}|${own.pairId}`) : undefined;
  const checkin = link ?? { link: 'https://docs.google.com/forms/d/e/example/viewform', closes: settings.timeline.midway };
  const rendered = renderEmail(input, placeholderValues({ settings, language: input.language, recipient: person.person, pair, checkin }));
  if (!rendered.ok) return { ok: false, problems: rendered.problems.map((p) => problemText(p, ui)), ...empty };
  return { ok: true, problems: [], to: person.person.email, ...rendered.email };
}

export function saveEmailTemplate(ports: Ports, settings: ProgramSettings, input: TemplateInput, ui: Language): { saved: boolean; problems: string[] } {
  const saved = saveTemplate(ports, settings.language, input);
  return saved.ok ? { saved: true, problems: [] } : { saved: false, problems: saved.problems.map((p) => problemText(p, ui)) };
}

/** Sends the previewed email to the running user only (subject marked as a test); not in the outbox. */
export function sendTestEmail(ports: Ports, settings: ProgramSettings, input: TemplateInput, ui: Language): Result<{ to: string }> {
  const preview = previewTemplate(ports, settings, input, ui);
  if (!preview.ok) return fail('templateInvalid', { problems: preview.problems.join(' ') });
  const to = ports.mailer.userEmail();
  const mail = mailSettings(ports);
  const sent = ports.mailer.send({
    to,
    subject: `[Test] ${preview.subject}`,
    text: preview.text,
    html: preview.html,
    from: mail.from === '' ? null : mail.from,
    name: safeDisplayName(settings.programName),
    replyTo: settings.contact.email,
  });
  if (!sent.ok) return fail(sent.reason === 'quota' ? 'emailQuotaUsed' : 'emailNotSent', { message: sent.message });
  return ok({ to });
}

/** Hold all, or the sender: an alias the running user has, or '' for their own address. */
export function setMailOptions(ports: Ports, change: { hold?: unknown; from?: unknown }): Result<MailSettings> {
  const next: Partial<MailSettings> = {};
  if (typeof change.hold === 'boolean') next.hold = change.hold;
  if (typeof change.from === 'string') {
    if (change.from !== '' && change.from !== ports.mailer.userEmail() && !ports.mailer.aliases().includes(change.from)) {
      return fail('aliasUnknown', { alias: change.from });
    }
    next.from = change.from;
  }
  return ok(saveMailSettings(ports, next));
}

