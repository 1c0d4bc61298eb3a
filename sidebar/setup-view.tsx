/**
 * This file defines the settings view: program name, language, contact person, project
 * group, the timeline and the shared list of fields. Saving is all-or-nothing: the server
 * validates and answers with one message per field, shown next to that field.
 */
import { useState } from 'preact/hooks';
import { messages } from '../src/core/i18n';
import type { ProgramSettings } from '../src/core/program';
import type { SidebarState } from '../src/main';
import { problemOf, problemText } from './problem';
import { run } from './rpc';

type Errors = Record<string, string>;
type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'invalid' } | { kind: 'failed'; message: string };

function Field(props: {
  label: string;
  path: string;
  value: string;
  errors: Errors;
  type?: 'text' | 'email' | 'date' | 'time' | 'url';
  hint?: string;
  onInput: (value: string) => void;
}) {
  const error = props.errors[props.path];
  const id = `f-${props.path.replace(/\./g, '-')}`;
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        name={props.path}
        // Preact's input typings split by type; the union here is always a text-like input.
        type={(props.type ?? 'text') as 'text'}
        value={props.value}
        aria-invalid={error ? 'true' : undefined}
        onInput={(e) => props.onInput((e.target as HTMLInputElement).value)}
      />
      {props.hint && !error && <small class="muted">{props.hint}</small>}
      {error && (
        <small class="field-error" role="alert" data-testid={`error-${props.path}`}>
          {error}
        </small>
      )}
    </div>
  );
}

export function SetupView(props: { state: SidebarState; onSaved: (state: SidebarState) => void }) {
  const [draft, setDraft] = useState<ProgramSettings>(props.state.settings);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // Kept as typed (blank lines and all) and only split into a list when saving.
  const [sharedText, setSharedText] = useState(props.state.settings.sharedFields.join('\n'));
  const t = messages(draft.language);

  const set = (mutate: (d: ProgramSettings) => void) => {
    const next: ProgramSettings = JSON.parse(JSON.stringify(draft));
    mutate(next);
    setDraft(next);
    setStatus({ kind: 'idle' });
  };
  const save = (event: Event) => {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    const sharedFields = sharedText.split('\n').map((line) => line.trim()).filter(Boolean);
    run('saveSettings', { ...draft, sharedFields }, draft.language)
      .then((state) => {
        setErrors({});
        setStatus({ kind: 'saved' });
        props.onSaved(state);
      })
      .catch((thrown: unknown) => {
        const problem = problemOf(thrown);
        if (problem.kind === 'failure' && problem.failure.fields) {
          setErrors(problem.failure.fields);
          setStatus({ kind: 'invalid' });
        } else {
          setErrors({});
          setStatus({ kind: 'failed', message: problemText(problem, draft.language) });
        }
      });
  };
  const common = { errors };
  const tl = draft.timeline;
  return (
    <form class="setup" onSubmit={save} noValidate>
      <Field {...common} label={t.programName} path="programName" value={draft.programName} onInput={(v) => set((d) => { d.programName = v; })} />
      <div class="field">
        <label for="f-language">{t.programLanguage}</label>
        <select id="f-language" name="language" value={draft.language} onChange={(e) => set((d) => { d.language = (e.target as HTMLSelectElement).value === 'en' ? 'en' : 'sv'; })}>
          <option value="sv">{t.languageSv}</option>
          <option value="en">{t.languageEn}</option>
        </select>
      </div>

      <h2>{t.contactHeading}</h2>
      <Field {...common} label={t.contactName} path="contact.name" value={draft.contact.name} onInput={(v) => set((d) => { d.contact.name = v; })} />
      <Field {...common} label={t.contactEmail} path="contact.email" type="email" value={draft.contact.email} onInput={(v) => set((d) => { d.contact.email = v; })} />

      <h2>{t.groupHeading}</h2>
      {draft.projectGroup.map((member, i) => (
        <fieldset class="member" key={i}>
          <Field {...common} label={t.contactName} path={`projectGroup.${i}.name`} value={member.name} onInput={(v) => set((d) => { d.projectGroup[i]!.name = v; })} />
          <Field {...common} label={t.contactEmail} path={`projectGroup.${i}.email`} type="email" value={member.email} onInput={(v) => set((d) => { d.projectGroup[i]!.email = v; })} />
          <button type="button" class="link" onClick={() => set((d) => { d.projectGroup.splice(i, 1); })}>
            {t.removeMember}
          </button>
        </fieldset>
      ))}
      {errors.projectGroup && <small class="field-error" role="alert">{errors.projectGroup}</small>}
      <button type="button" onClick={() => set((d) => { d.projectGroup.push({ name: '', email: '' }); })}>
        {t.addMember}
      </button>

      <h2>{t.timelineHeading}</h2>
      <Field {...common} label={t.applicationOpens} path="timeline.applicationOpens" type="date" value={tl.applicationOpens} onInput={(v) => set((d) => { d.timeline.applicationOpens = v; })} />
      <Field {...common} label={t.applicationCloses} path="timeline.applicationCloses" type="date" value={tl.applicationCloses} onInput={(v) => set((d) => { d.timeline.applicationCloses = v; })} />
      <Field {...common} label={t.matchesAnnounced} path="timeline.matchesAnnounced" type="date" value={tl.matchesAnnounced} onInput={(v) => set((d) => { d.timeline.matchesAnnounced = v; })} />
      {(['kickoff', 'closing'] as const).map((meeting) => (
        <fieldset class="meeting" key={meeting}>
          <legend>{meeting === 'kickoff' ? t.kickoffHeading : t.closingHeading}</legend>
          <Field {...common} label={t.meetingDate} path={`timeline.${meeting}.date`} type="date" value={tl[meeting].date} onInput={(v) => set((d) => { d.timeline[meeting].date = v; })} />
          <Field {...common} label={t.meetingTime} path={`timeline.${meeting}.time`} type="time" value={tl[meeting].time} onInput={(v) => set((d) => { d.timeline[meeting].time = v; })} />
          <Field {...common} label={t.meetingPlace} path={`timeline.${meeting}.place`} value={tl[meeting].place} onInput={(v) => set((d) => { d.timeline[meeting].place = v; })} />
          <Field {...common} label={t.meetingLink} path={`timeline.${meeting}.videoLink`} type="url" value={tl[meeting].videoLink} onInput={(v) => set((d) => { d.timeline[meeting].videoLink = v; })} />
        </fieldset>
      ))}
      <Field {...common} label={t.midway} hint={t.midwayHint} path="timeline.midway" type="date" value={tl.midway} onInput={(v) => set((d) => { d.timeline.midway = v; })} />
      <Field {...common} label={t.programEnd} path="timeline.programEnd" type="date" value={tl.programEnd} onInput={(v) => set((d) => { d.timeline.programEnd = v; })} />
      <Field {...common} label={t.dataDeletion} hint={t.dataDeletionHint} path="timeline.dataDeletion" type="date" value={tl.dataDeletion} onInput={(v) => set((d) => { d.timeline.dataDeletion = v; })} />

      <h2>{t.sharedFieldsHeading}</h2>
      <div class={`field${errors.sharedFields ? ' invalid' : ''}`}>
        <textarea
          id="f-sharedFields"
          name="sharedFields"
          rows={6}
          aria-label={t.sharedFieldsHeading}
          value={sharedText}
          onInput={(e) => {
            setSharedText((e.target as HTMLTextAreaElement).value);
            setStatus({ kind: 'idle' });
          }}
        />
        {errors.sharedFields ? <small class="field-error" role="alert">{errors.sharedFields}</small> : <small class="muted">{t.sharedFieldsHint}</small>}
      </div>

      <div class="actions">
        <button type="submit" class="primary" disabled={status.kind === 'saving'} data-testid="save-settings">
          {status.kind === 'saving' ? t.saving : t.save}
        </button>
        {status.kind === 'saved' && <span class="ok" role="status">{t.saved}</span>}
        {status.kind === 'invalid' && <span class="field-error" role="alert">{t.fixErrors}</span>}
        {status.kind === 'failed' && <span class="field-error" role="alert">{status.message}</span>}
      </div>
    </form>
  );
}
