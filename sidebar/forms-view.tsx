/**
 * This file defines the forms view: create both sign-up forms (safe to press twice), show
 * their public links, open or close each for responses, and re-read all responses into the
 * applicant sheets.
 */
import { useState } from 'preact/hooks';
import { messages } from '../src/core/i18n';
import type { SidebarState } from '../src/main';
import { ProblemMessage, type Problem, problemOf } from './problem';
import { run } from './rpc';

type Busy = null | 'create' | 'reread' | 'mentor' | 'mentee' | 'take-over';

export function FormsView(props: { state: SidebarState; onChanged: (state: SidebarState) => void }) {
  const { state } = props;
  const t = messages(state.language);
  const [busy, setBusy] = useState<Busy>(null);
  const [notice, setNotice] = useState<string>('');
  const [problem, setProblem] = useState<Problem | null>(null);

  const act = <T,>(kind: Busy, work: () => Promise<T>, done: (value: T) => void) => {
    setBusy(kind);
    setProblem(null);
    setNotice('');
    work()
      .then(done)
      .catch((thrown: unknown) => setProblem(problemOf(thrown)))
      .finally(() => setBusy(null));
  };
  if (!state.configured) return <p>{t.settingsRequired}</p>;
  const complete = state.forms.length === 2 && state.forms.every((f) => f.exists && f.linked);
  return (
    <section>
      <h2>{t.formsHeading}</h2>
      <p class="muted">{complete ? t.formsCreated : t.formsMissing}</p>
      {!complete && (
        <button type="button" class="primary" disabled={busy !== null} data-testid="create-forms" onClick={() => act('create', () => run('createForms'), props.onChanged)}>
          {busy === 'create' ? t.creatingForms : t.createForms}
        </button>
      )}
      {state.forms.map((form) => (
        <div class="form-card" key={form.role} data-testid={`form-${form.role}`}>
          <strong>{form.role === 'mentor' ? t.mentorForm : t.menteeForm}</strong>
          {form.exists ? (
            <>
              {form.reachable ? (
                <div class={form.accepting ? 'ok' : 'muted'}>{form.accepting ? t.formOpen : t.formClosed}</div>
              ) : (
                <div class="field-error" data-testid="form-unreachable">{t.formsUnreachable}</div>
              )}
              {!form.linked && <div class="field-error">{t.responseSheetMissing}</div>}
              <div class="links">
                <a href={form.publishedUrl} target="_blank" rel="noopener">
                  {t.publicLink}
                </a>{' '}
                ·{' '}
                <a href={form.editUrl} target="_blank" rel="noopener">
                  {t.editLink}
                </a>
              </div>
              <input class="copy" readOnly value={form.publishedUrl} aria-label={t.publicLink} onFocus={(e) => (e.target as HTMLInputElement).select()} />
              <button
                type="button"
                disabled={busy !== null}
                onClick={() => act(form.role, () => run('setFormAccepting', form.role, !form.accepting), props.onChanged)}
              >
                {form.accepting ? t.closeForm : t.openForm}
              </button>
            </>
          ) : (
            <div class="field-error">{t.formGone}</div>
          )}
        </div>
      ))}
      {state.responseTrigger && (
        <div class="trigger-owner" data-testid="trigger-owner">
          <p class="muted">{state.responseTrigger.mine ? t.responsesReadByMe : t.responsesReadBy(state.responseTrigger.owner)}</p>
          {!state.responseTrigger.mine && (
            <>
              <button type="button" disabled={busy !== null} data-testid="take-over-trigger" onClick={() => act('take-over', () => run('takeOverResponseTrigger'), props.onChanged)}>
                {t.takeOverTrigger}
              </button>
              <small class="muted">{t.takeOverHint(state.responseTrigger.owner)}</small>
            </>
          )}
        </div>
      )}
      {complete && (
        <>
          <h2>{t.applicants}</h2>
          <button
            type="button"
            disabled={busy !== null}
            data-testid="reread"
            onClick={() =>
              act('reread', () => run('rereadResponses'), (result) => {
                props.onChanged(result.state);
                setNotice(t.rereadDone(result.added, result.updated));
              })
            }
          >
            {busy === 'reread' ? t.rereading : t.rereadResponses}
          </button>
        </>
      )}
      {notice && <p class="ok" role="status">{notice}</p>}
      <ProblemMessage problem={problem} language={state.language} />
    </section>
  );
}
