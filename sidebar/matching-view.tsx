/**
 * This file defines the matching tab: the project group's workbench. It loads the whole view
 * in one call, shows the totals, the warnings from the Matches sheet with their fix, and
 * one of three panels (mentees, mentors, criteria); an opened mentee replaces the list.
 * Every action is one call carrying the version the view was read at; the server refuses it
 * when someone else changed the matches since, and the view then offers to reload.
 * Applicant text is rendered as text only.
 */
import { useEffect, useState } from 'preact/hooks';
import { messages } from '../src/core/i18n';
import type { SidebarState, WorkbenchRequest, WorkbenchView } from '../src/main';
import { ProblemMessage, type Problem, problemOf } from './problem';
import { run } from './rpc';
import { CriteriaPanel } from './workbench-criteria';
import { MenteeList, MentorList } from './workbench-lists';
import { MenteeDetail } from './workbench-mentee';

export type Act = (action: WorkbenchRequest) => Promise<boolean>;
type Panel = 'mentees' | 'mentors' | 'criteria';

export function formatScore(score: number | null, language: 'sv' | 'en'): string {
  if (score === null) return '–';
  return score.toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 });
}

export function MatchingView(props: { state: SidebarState }) {
  const language = props.state.language;
  const t = messages(language);
  const [view, setView] = useState<WorkbenchView | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [panel, setPanel] = useState<Panel>('mentees');
  const [opened, setOpened] = useState<string | null>(null);

  const load = () => {
    setBusy(true);
    setProblem(null);
    run('getWorkbench')
      .then(setView)
      .catch((thrown: unknown) => setProblem(problemOf(thrown)))
      .finally(() => setBusy(false));
  };
  useEffect(() => {
    if (props.state.configured) load();
  }, []);

  const act: Act = (action) => {
    if (!view) return Promise.resolve(false);
    setBusy(true);
    setProblem(null);
    return run('workbenchAction', action, view.version, opened ?? undefined)
      .then((next) => {
        setView(next);
        return true;
      })
      .catch((thrown: unknown) => {
        setProblem(problemOf(thrown));
        return false;
      })
      .finally(() => setBusy(false));
  };

  if (!props.state.configured) return <p>{t.settingsRequired}</p>;
  const stale = problem?.kind === 'failure' && problem.failure.key === 'staleVersion';
  const totals = view?.totals;
  return (
    <section class="workbench" aria-busy={busy}>
      <ProblemMessage problem={problem} language={language} />
      {(stale || (!view && problem)) && (
        <button type="button" onClick={load} data-testid="reload">
          {t.wbReload}
        </button>
      )}
      {!view && !problem && <p class="muted">{t.loading}</p>}
      {view && totals && (
        <>
          <p class="totals" data-testid="wb-totals">
            {t.wbTotals(totals.matched, totals.mentees, formatScore(totals.average, language), formatScore(totals.lowest, language))}
            <br />
            <span class="muted">{t.wbConfirmedCount(totals.confirmed, totals.locked)}</span>
          </p>
          <div class="toolbar">
            <button type="button" class="primary" disabled={busy} onClick={() => act({ kind: 'propose', settings: view.settings })} data-testid="propose">
              {busy ? t.wbWorking : t.wbPropose}
            </button>
            <button type="button" disabled={busy || totals.matched === totals.confirmed} onClick={() => act({ kind: 'confirm', menteeIds: 'all' })} data-testid="confirm-all">
              {t.wbConfirmAll}
            </button>
            <button type="button" disabled={busy || !view.canUndo} onClick={() => act({ kind: 'undo' })} data-testid="undo">
              {t.wbUndo}
            </button>
          </div>
          {view.warnings.length > 0 && (
            <div class="warnings" role="status" data-testid="warnings">
              <h2>{t.wbWarnings}</h2>
              <ul>
                {view.warnings.map((w, i) => (
                  <li key={`${w.menteeId}-${i}`} data-testid="warning">
                    <span>{w.text}</span>{' '}
                    {w.fix === 'unassign' ? (
                      <button type="button" class="link" disabled={busy} onClick={() => act({ kind: 'unassign', menteeId: w.menteeId })}>
                        {t.wbRemovePair}
                      </button>
                    ) : (
                      <span class="muted">{t.wbEditSheet(view.sheetName)}</span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {opened ? (
            <MenteeDetail view={view} menteeId={opened} language={language} busy={busy} act={act} onBack={() => setOpened(null)} />
          ) : (
            <>
              <fieldset class="segmented" aria-label={t.wbPanels}>
                {(
                  [
                    ['mentees', t.wbPanelMentees],
                    ['mentors', t.wbPanelMentors],
                    ['criteria', t.wbPanelSettings],
                  ] as [Panel, string][]
                ).map(([key, label]) => (
                  <button type="button" key={key} aria-pressed={panel === key} class={panel === key ? 'active' : ''} onClick={() => setPanel(key)} data-testid={`panel-${key}`}>
                    {label}
                  </button>
                ))}
              </fieldset>
              {panel === 'mentees' && <MenteeList view={view} language={language} onOpen={setOpened} />}
              {panel === 'mentors' && <MentorList view={view} language={language} />}
              {panel === 'criteria' && <CriteriaPanel view={view} language={language} busy={busy} act={act} />}
              <p class="muted small">{t.wbSheetHint(view.sheetName)}</p>
            </>
          )}
        </>
      )}
    </section>
  );
}
