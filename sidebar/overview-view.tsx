/**
 * This file defines the overview: applicant counts (and how many need attention), the
 * forms' state and the planning checklist with the next step highlighted.
 */
import { messages } from '../src/core/i18n';
import type { SidebarState } from '../src/main';
import type { Tab } from './app';

const STATUS_KEYS = { done: 'statusDone', due: 'statusDue', upcoming: 'statusUpcoming', overdue: 'statusOverdue' } as const;

export function OverviewView(props: { state: SidebarState; onRefresh: () => void; onGoTo: (tab: Tab) => void }) {
  const { state } = props;
  const t = messages(state.language);
  const checklist = (
    <>
      <h2>{t.checklistHeading}</h2>
      <ol class="checklist" data-testid="checklist">
        {state.checklist.map((item) => (
          <li key={item.key} class={`check ${item.status}`}>
            <span>{item.label}</span>
            <span class="muted">
              {item.date} · {t[STATUS_KEYS[item.status]]}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
  if (!state.configured) {
    return (
      <section>
        <p>{t.setupFirst}</p>
        <button type="button" class="primary" onClick={() => props.onGoTo('setup')}>
          {t.tabSetup}
        </button>
        <p class="muted">{t.draftChecklistHint}</p>
        {checklist}
      </section>
    );
  }
  const next = state.checklist.find((item) => item.status !== 'done');
  return (
    <section>
      <h2>{t.applicants}</h2>
      <div class="stats">
        <div class="stat" data-testid="mentor-count">
          <strong>{state.counts.mentors.total}</strong>
          {t.mentors}
          {state.counts.mentors.needAttention > 0 && (
            <span class="warn">
              {' '}
              · {state.counts.mentors.needAttention} {t.needAttention}
            </span>
          )}
        </div>
        <div class="stat" data-testid="mentee-count">
          <strong>{state.counts.mentees.total}</strong>
          {t.mentees}
          {state.counts.mentees.needAttention > 0 && (
            <span class="warn">
              {' '}
              · {state.counts.mentees.needAttention} {t.needAttention}
            </span>
          )}
        </div>
      </div>
      {next && (
        <p class="next" data-testid="next-step">
          <strong>{t.nextStep}:</strong> {next.label} ({next.date})
        </p>
      )}
      {checklist}
      <p class="muted small">
        {t.updatedAt} {new Date(state.readAt).toLocaleTimeString(state.language === 'sv' ? 'sv-SE' : 'en-GB')}{' '}
        <button type="button" class="link" onClick={props.onRefresh}>
          {t.refresh}
        </button>
      </p>
    </section>
  );
}
