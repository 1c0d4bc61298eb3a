/**
 * This file defines the sidebar's email view: the outbox (counts, quota left, when the
 * next email goes, "Send now", "hold all", the sender, announcing the matches and the
 * check-in, and the rows that need the group: "check before resending" with resend or
 * mark-as-sent), the pairs to follow up after the check-in with a reminder, and the
 * template editor with a preview for any real participant and a test send to yourself.
 * The preview's HTML is the email's own (every value escaped by the server) and is shown
 * in a sandboxed frame that can run nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import { type EmailKind, emailTexts, isEventKind } from '../src/core/email';
import type { Language } from '../src/core/types';
import type { CheckinView, EmailTemplatesView, OutboxView, PreviewView, SidebarState } from '../src/main';
import { ProblemMessage, type Problem, problemOf } from './problem';
import { run } from './rpc';

function when(iso: string, language: Language): string {
  return new Date(iso).toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

function OutboxPanel(props: { language: Language; outbox: OutboxView; onOutbox: (o: OutboxView) => void; onProblem: (p: Problem | null) => void }) {
  const { language, outbox } = props;
  const t = emailTexts(language);
  const v = t.view;
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const act = <T,>(promise: Promise<T>, then: (value: T) => void) => {
    setBusy(true);
    props.onProblem(null);
    promise
      .then(then)
      .catch((thrown: unknown) => props.onProblem(problemOf(thrown)))
      .finally(() => setBusy(false));
  };
  const c = outbox.counts;
  return (
    <section>
      <h2>{v.outbox}</h2>
      <div class="stats" data-testid="outbox-counts">
        <div class="stat">
          <strong>{c.queued}</strong>
          {v.waiting} ({c.due} {v.due})
        </div>
        <div class="stat">
          <strong>{c.sent}</strong>
          {v.sent}
        </div>
        <div class="stat">
          <strong class={c.failed ? 'warn' : ''}>{c.failed}</strong>
          {v.failed}
        </div>
        <div class="stat">
          <strong class={c.check ? 'warn' : ''}>{c.check}</strong>
          {v.check}
        </div>
      </div>
      <p class="muted small">
        {v.quotaLeft(outbox.quotaLeft)} {c.nextDue ? v.nextDue(when(c.nextDue, language)) : ''}
        {c.due > outbox.quotaLeft ? ` ${v.overQuota(c.due - outbox.quotaLeft)}` : ''}
      </p>
      {outbox.hold && <p class="error">{v.held_on}</p>}
      <div class="actions">
        <button type="button" class="primary" disabled={busy || outbox.hold} data-testid="send-now" onClick={() => act(run('sendNow'), (r) => {
            props.onOutbox(r.outbox);
            setNote(v.report(r.report.sent, r.report.left));
          })}>
          {busy ? v.sending : v.sendNow}
        </button>
        <label class="small">
          <input type="checkbox" checked={outbox.hold} data-testid="hold-all" onChange={(e) => act(run('setMailOptions', { hold: (e.target as HTMLInputElement).checked }), () => act(run('getOutbox'), props.onOutbox))} /> {v.holdAll}
        </label>
      </div>
      <div class="field">
        <label for="sender">{v.sender}</label>
        <select id="sender" value={outbox.from} onChange={(e) => act(run('setMailOptions', { from: (e.target as HTMLSelectElement).value }), () => act(run('getOutbox'), props.onOutbox))}>
          <option value="">{v.ownAddress(outbox.userEmail)}</option>
          {outbox.aliases.map((a) => (
            <option value={a} key={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <div class="actions">
        <button type="button" disabled={busy} data-testid="announce" onClick={() => act(run('announce'), (r) => {
            props.onOutbox(r.outbox);
            setNote(`${v.announced(r.report.pairs, r.report.noMatch, r.report.queued)}${r.report.changed.length ? ` ${v.changedPairs(r.report.changed.length)}` : ''}`);
          })}>
          {v.announce}
        </button>
        <button type="button" disabled={busy} data-testid="start-checkin" onClick={() => act(run('startCheckIn'), (r) => {
            setNote(v.checkinQueued(r.queued));
            act(run('getOutbox'), props.onOutbox);
          })}>
          {v.checkin}
        </button>
      </div>
      {note && (
        <p class="ok small" data-testid="outbox-note">
          {note}
        </p>
      )}
      {outbox.attention.length > 0 && (
        <>
          <h2>{v.attention}</h2>
          <ul class="pairs" data-testid="attention">
            {outbox.attention.map((row) => (
              <li class="pair" key={row.key}>
                <strong>{row.recipient}</strong> · {t.kinds[row.kind]}
                <div class="muted small">
                  {row.state === 'check' ? v.checkBefore : t.states[row.state]}
                  {row.error ? `: ${row.error}` : ''}
                </div>
                <button type="button" class="link" disabled={busy} onClick={() => act(run('resolveOutbox', row.key, 'resend'), props.onOutbox)}>
                  {v.resend}
                </button>
                {row.state === 'check' && (
                  <>
                    {' · '}
                    <button type="button" class="link" disabled={busy} onClick={() => act(run('resolveOutbox', row.key, 'markSent'), props.onOutbox)}>
                      {v.markSent}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function CheckinPanel(props: { language: Language; checkins: CheckinView; onChange: (c: CheckinView) => void; onProblem: (p: Problem | null) => void }) {
  const v = emailTexts(props.language).view;
  const { checkins } = props;
  if (checkins.pairs === 0 || !checkins.formUrl) return null;
  const remind = (pairId: string, personId: string) =>
    run('sendCheckinReminder', pairId, personId)
      .then((r) => props.onChange(r.checkins))
      .catch((thrown: unknown) => props.onProblem(problemOf(thrown)));
  return (
    <section>
      <h2>{v.flagged}</h2>
      <p class="muted small">{v.answered(checkins.answered, checkins.pairs * 2)}</p>
      <ul class="pairs" data-testid="checkin-flagged">
        {checkins.flagged.map((p) => (
          <li class="pair" key={p.pairId}>
            {[p.mentee, p.mentor].map((side) => (
              <div key={side.personId}>
                <strong>{side.name}</strong> {side.flagText.join(', ')}{' '}
                {side.flags.length > 0 &&
                  (side.reminded ? (
                    <span class="muted small">({v.reminded})</span>
                  ) : (
                    <button type="button" class="link" onClick={() => remind(p.pairId, side.personId)}>
                      {v.remind}
                    </button>
                  ))}
              </div>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

function TemplateEditor(props: { language: Language; view: EmailTemplatesView; onProblem: (p: Problem | null) => void }) {
  const { language, view } = props;
  const v = emailTexts(language).view;
  const [kind, setKind] = useState<EmailKind>('application-received');
  const [lang, setLang] = useState<Language>('sv');
  const stored = view.templates.find((x) => x.kind === kind && x.language === lang)!;
  const [subject, setSubject] = useState(stored.subject);
  const [body, setBody] = useState(stored.body);
  const [personId, setPersonId] = useState(view.participants[0]?.id ?? '');
  const [preview, setPreview] = useState<PreviewView | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    setSubject(stored.subject);
    setBody(stored.body);
    setPreview(null);
    setNote('');
    // Preview for someone who reads this language, when there is one.
    const readers = view.participants.filter((p) => p.language === lang);
    if (readers.length && !readers.some((p) => p.id === personId)) setPersonId(readers[0]!.id);
  }, [kind, lang]);
  const input = () => ({ kind, language: lang, subject, body, personId });
  const act = <T,>(promise: Promise<T>, then: (value: T) => void) => {
    props.onProblem(null);
    setNote('');
    promise.then(then).catch((thrown: unknown) => props.onProblem(problemOf(thrown)));
  };
  const people = view.participants.filter((p) => p.language === lang);
  // A Calendar event's title and text: no recipient, no test email.
  const event = isEventKind(kind);
  return (
    <section data-testid="template-editor">
      <h2>{v.templates}</h2>
      <div class="field">
        <label for="tpl-kind">{v.kind}</label>
        <select id="tpl-kind" data-testid="template-kind" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as EmailKind)}>
          {view.templates
            .filter((x) => x.language === 'sv')
            .map((x) => (
              <option value={x.kind} key={x.kind}>
                {x.label}
              </option>
            ))}
        </select>
      </div>
      <div class="field">
        <label for="tpl-lang">{v.language}</label>
        <select id="tpl-lang" data-testid="template-language" value={lang} onChange={(e) => setLang((e.target as HTMLSelectElement).value === 'en' ? 'en' : 'sv')}>
          <option value="sv">{emailTexts(language).languages.sv}</option>
          <option value="en">{emailTexts(language).languages.en}</option>
        </select>
      </div>
      <div class="field">
        <label for="tpl-subject">{event ? v.eventTitle : v.subject}</label>
        <input id="tpl-subject" data-testid="template-subject" value={subject} onInput={(e) => setSubject((e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="tpl-body">{event ? v.eventText : v.body}</label>
        <textarea id="tpl-body" data-testid="template-body" rows={10} value={body} onInput={(e) => setBody((e.target as HTMLTextAreaElement).value)} />
        <small class="muted" data-testid="template-hint">{event ? v.eventNote : v.formatting}</small>
      </div>
      <details>
        <summary class="small">{v.placeholders}</summary>
        <p class="small" data-testid="placeholders">
          {stored.placeholders.map((p) => `{{${p}}}`).join(' ')}
        </p>
      </details>
      {!event && (<div class="field">
        <label for="tpl-person">{v.previewFor}</label>
        <select id="tpl-person" data-testid="preview-person" value={personId} onChange={(e) => setPersonId((e.target as HTMLSelectElement).value)}>
          {(people.length ? people : view.participants).map((p) => (
            <option value={p.id} key={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>)}
      <div class="actions">
        <button type="button" class="primary" data-testid="preview" onClick={() => act(run('previewEmail', input(), language), setPreview)}>
          {v.preview}
        </button>
        <button type="button" data-testid="save-template" onClick={() => act(run('saveEmailTemplate', input(), language), (r) => {
            if (r.saved) setNote(v.saved);
            else setPreview({ ok: false, problems: r.problems, to: '', subject: '', text: '', html: '' });
          })}>
          {v.save}
        </button>
        {!event && (
          <button type="button" class="link" data-testid="test-send" onClick={() => act(run('sendTestEmail', input(), language), (r) => setNote(v.testSent(r.to)))}>
            {v.testSend}
          </button>
        )}
      </div>
      {note && <p class="ok small">{note}</p>}
      {preview && !preview.ok && (
        <ul class="error" data-testid="template-problems">
          {preview.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {preview?.ok && event && (
        <div class="email-preview" data-testid="event-preview">
          <div class="small" data-testid="preview-subject">
            <strong>{v.eventTitle}:</strong> {preview.subject}
          </div>
          <p class="small event-text" data-testid="preview-text">{preview.text}</p>
        </div>
      )}
      {preview?.ok && !event && (
        <div class="email-preview" data-testid="email-preview">
          <div class="small">
            <strong>{v.to}:</strong> {preview.to}
          </div>
          <div class="small" data-testid="preview-subject">
            <strong>{v.subject}:</strong> {preview.subject}
          </div>
          <iframe title={v.preview} sandbox="" srcDoc={preview.html} data-testid="preview-frame" />
        </div>
      )}
    </section>
  );
}

export function EmailView(props: { state: SidebarState }) {
  const language = props.state.language;
  const [outbox, setOutbox] = useState<OutboxView | null>(null);
  const [templates, setTemplates] = useState<EmailTemplatesView | null>(null);
  const [checkins, setCheckins] = useState<CheckinView | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    run('getOutbox').then(setOutbox).catch((thrown: unknown) => setProblem(problemOf(thrown)));
    run('getEmailTemplates', language).then(setTemplates).catch((thrown: unknown) => setProblem(problemOf(thrown)));
    run('getCheckins', language).then(setCheckins).catch((thrown: unknown) => setProblem(problemOf(thrown)));
  }, []);
  if (!props.state.configured) return <p>{emailTexts(language).view.outbox}</p>;
  return (
    <div data-testid="email-view">
      <ProblemMessage problem={problem} language={language} />
      {outbox && <OutboxPanel language={language} outbox={outbox} onOutbox={setOutbox} onProblem={setProblem} />}
      {checkins && <CheckinPanel language={language} checkins={checkins} onChange={setCheckins} onProblem={setProblem} />}
      {templates && <TemplateEditor language={language} view={templates} onProblem={setProblem} />}
    </div>
  );
}
