/**
 * This file defines the Timeline tab: every step of the program with its state and its time
 * in the program's zone, who ran it and what happened, and the group's buttons (run now,
 * skip, move its date, confirm the step that waits for a member); who owns the hourly
 * automation, with "install under my account" when it is missing; and the meetings' events,
 * with "create it again" for one deleted by hand. Texts are plain text, never HTML.
 */
import { useEffect, useState } from 'preact/hooks';
import { timelineTexts, timelineUi } from '../src/core/timeline';
import type { Language } from '../src/core/types';
import type { TimelineActionResult, TimelineView } from '../src/main';
import { ProblemMessage, type Problem, problemOf } from './problem';
import { call, run } from './rpc';

type StepRow = TimelineView['steps'][number];

function StepItem(props: { step: StepRow; language: Language; busy: boolean; act: (work: () => Promise<TimelineActionResult>) => void }) {
  const { step, language } = props;
  const texts = timelineTexts(language);
  const [moving, setMoving] = useState(false);
  const [date, setDate] = useState(step.due.date);
  const [time, setTime] = useState(step.due.time);
  const ui = (key: Parameters<typeof timelineUi>[1], values?: Record<string, string>) => timelineUi(language, key, values);
  return (
    <li class={`step step-${step.state}`} data-testid={`step-${step.id}`} data-state={step.state}>
      <div class="step-head">
        <strong>{texts.step[step.id]}</strong>
        <span class={`badge badge-${step.state}`}>{texts.state[step.state]}</span>
      </div>
      <div class="muted">
        {step.due.date} {step.due.time}
        {step.moved ? ` (${ui('moved')})` : ''}
        {step.at && (step.state === 'done' || step.state === 'failed') ? ` · ${step.at.date} ${step.at.time} ${ui('by', { by: step.by })}` : ''}
      </div>
      {step.message && <div class={step.state === 'failed' ? 'field-error' : 'muted'}>{step.message}</div>}
      {!step.available && (step.state === 'due' || step.state === 'waiting') && <div class="muted">{ui('notAvailable')}</div>}
      {moving ? (
        <div class="step-move">
          <input class="step-date" type="date" value={date} onInput={(e) => setDate((e.target as HTMLInputElement).value)} aria-label={ui('move')} />
          <input class="step-date" type="time" value={time} onInput={(e) => setTime((e.target as HTMLInputElement).value)} aria-label={ui('move')} />
          <button type="button" disabled={props.busy} onClick={() => props.act(() => call('moveTimelineStep', step.id, date, time))}>
            {ui('saveMove')}
          </button>
          <button type="button" class="link" onClick={() => setMoving(false)}>
            {ui('cancel')}
          </button>
        </div>
      ) : (
        <div class="step-actions">
          {step.awaitingConfirmation && (
            <button type="button" disabled={props.busy} data-testid={`confirm-${step.id}`} onClick={() => props.act(() => call('confirmTimelineStep', step.id))}>
              {ui('confirm')}
            </button>
          )}
          {step.canRun && (
            <button type="button" disabled={props.busy} data-testid={`run-${step.id}`} onClick={() => props.act(() => call('runTimelineStep', step.id))}>
              {ui('runNow')}
            </button>
          )}
          {step.canSkip && (
            <button type="button" class="link" disabled={props.busy} data-testid={`skip-${step.id}`} onClick={() => props.act(() => call('skipTimelineStep', step.id))}>
              {ui('skip')}
            </button>
          )}
          {step.canMove && (
            <button type="button" class="link" disabled={props.busy} data-testid={`move-${step.id}`} onClick={() => setMoving(true)}>
              {ui('move')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

type Options = TimelineView['meetingOptions'];

function MeetingChoices(props: { options: Options; language: Language; busy: boolean; act: (work: () => Promise<TimelineActionResult>) => void }) {
  const ui = (key: Parameters<typeof timelineUi>[1]) => timelineUi(props.language, key);
  const [o, setO] = useState<Options>(props.options);
  const text = (key: 'calendarId' | 'groupAddress') => (
    <div class="field">
      <label for={`mo-${key}`}>{ui(key)}</label>
      <input id={`mo-${key}`} value={o[key]} onInput={(e) => setO({ ...o, [key]: (e.target as HTMLInputElement).value })} />
    </div>
  );
  const box = (label: string, checked: boolean, change: (v: boolean) => Options, id: string) => (
    <label class="check-line">
      <input type="checkbox" data-testid={id} checked={checked} onChange={(e) => setO(change((e.target as HTMLInputElement).checked))} /> {label}
    </label>
  );
  return (
    <details class="meeting-choices" data-testid="meeting-choices">
      <summary>{ui('meetingChoices')}</summary>
      {text('calendarId')}
      {box(ui('seeGuests'), o.guestsCanSeeOtherGuests, (v) => ({ ...o, guestsCanSeeOtherGuests: v }), 'see-guests')}
      {box(ui('meetKickoff'), o.meet.kickoff, (v) => ({ ...o, meet: { ...o.meet, kickoff: v } }), 'meet-kickoff')}
      {box(ui('meetClosing'), o.meet.closing, (v) => ({ ...o, meet: { ...o.meet, closing: v } }), 'meet-closing')}
      {text('groupAddress')}
      <button type="button" disabled={props.busy} data-testid="save-meeting-choices" onClick={() => props.act(() => call('setMeetingOptions', o))}>
        {ui('saveChoices')}
      </button>
    </details>
  );
}

function TimelineChoices(props: { options: TimelineView['options']; language: Language; busy: boolean; act: (work: () => Promise<TimelineActionResult>) => void }) {
  const ui = (key: Parameters<typeof timelineUi>[1]) => timelineUi(props.language, key);
  const [o, setO] = useState(props.options);
  return (
    <details class="meeting-choices" data-testid="timeline-choices">
      <summary>{ui('timelineChoices')}</summary>
      <div class="field">
        <label for="to-send">{ui('sendTime')}</label>
        <input id="to-send" type="time" value={o.sendTime} onInput={(e) => setO({ ...o, sendTime: (e.target as HTMLInputElement).value })} />
      </div>
      <div class="field">
        <label for="to-reminder">{ui('reminderDays')}</label>
        <input id="to-reminder" type="number" min={0} max={14} value={o.reminderDaysBefore} onInput={(e) => setO({ ...o, reminderDaysBefore: Number((e.target as HTMLInputElement).value) })} />
      </div>
      <div class="field">
        <label for="to-checkin">{ui('checkInDays')}</label>
        <input id="to-checkin" type="number" min={1} max={28} value={o.checkInReminderDays} onInput={(e) => setO({ ...o, checkInReminderDays: Number((e.target as HTMLInputElement).value) })} />
      </div>
      <button type="button" disabled={props.busy} data-testid="save-timeline-choices" onClick={() => props.act(() => call('setTimelineChoices', o))}>
        {ui('saveMove')}
      </button>
    </details>
  );
}

export function TimelineTab(props: { language: Language }) {
  const { language } = props;
  const [view, setView] = useState<TimelineView | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState('');
  const ui = (key: Parameters<typeof timelineUi>[1], values?: Record<string, string | number>) => timelineUi(language, key, values);
  useEffect(() => {
    run('getTimeline')
      .then(setView)
      .catch((thrown: unknown) => setProblem(problemOf(thrown)));
  }, []);
  const act = (work: () => Promise<TimelineActionResult>) => {
    setBusy(true);
    setProblem(null);
    setNotice('');
    work()
      .then((result) => {
        setView(result.timeline);
        if (!result.ok) setNotice(result.message);
      })
      .catch((thrown: unknown) => setProblem(problemOf(thrown)))
      .finally(() => setBusy(false));
  };
  if (!view) return problem ? <ProblemMessage problem={problem} language={language} /> : <p class="muted">{ui('loading')}</p>;
  const a = view.automation;
  const lastRun = ui('lastRun', { time: view.lastRun ? `${view.lastRun.date} ${view.lastRun.time}` : ui('never') });
  return (
    <section data-testid="timeline">
      <h2>{ui('heading')}</h2>
      <div class={a.status === 'missing' ? 'field-error' : 'ok'} data-testid="automation" data-status={a.status}>
        {a.status === 'mine' ? ui('automationMine') : a.status === 'other' ? ui('automationOther', { owner: a.owner }) : ui('automationMissing')}
      </div>
      <div class="muted">{lastRun}</div>
      {a.status === 'missing' && (
        <button type="button" class="primary" disabled={busy} data-testid="install-automation" onClick={() => act(() => call('installTimelineAutomation'))}>
          {ui('install')}
        </button>
      )}
      {view.meetings.map((m) => (
        <div key={m.kind} data-testid={`meeting-${m.kind}`} class={m.deleted ? 'field-error' : 'muted'}>
          {m.deleted ? ui('meetingDeleted', { meeting: ui(m.kind) }) : ui('meetingGuests', { meeting: ui(m.kind), guests: m.guests })}
          {m.deleted && (
            <button type="button" disabled={busy} data-testid={`recreate-${m.kind}`} onClick={() => act(() => call('recreateMeeting', m.kind))}>
              {ui('recreate')}
            </button>
          )}
        </div>
      ))}
      <MeetingChoices options={view.meetingOptions} language={language} busy={busy} act={act} />
      <TimelineChoices options={view.options} language={language} busy={busy} act={act} />
      {notice && (
        <p class="error" role="alert" data-testid="timeline-notice">
          {notice}
        </p>
      )}
      <ProblemMessage problem={problem} language={language} />
      <p class="muted">{ui('zone', { zone: view.zone })}</p>
      <ol class="steps">
        {view.steps.map((step) => (
          <StepItem key={`${step.id}-${step.due.date}-${step.due.time}`} step={step} language={language} busy={busy} act={act} />
        ))}
      </ol>
    </section>
  );
}
