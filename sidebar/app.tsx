/**
 * This file defines the sidebar's shell: it loads the program state from the server once,
 * keeps it current after every action, and switches between the overview, the settings and
 * the forms views. Texts come from the program's language. Before the first load it is not
 * known yet, so the loading and error screens use the language the server wrote into the
 * page's <html lang> when it opened the sidebar (the saved program language, or the user's
 * locale before any settings: src/gas/ui.ts), and the browser's language when the page
 * carries neither (Swedish unless it is English).
 */
import { useEffect, useState } from 'preact/hooks';
import { isLanguage, messages } from '../src/core/i18n';
import type { Language } from '../src/core/types';
import type { SidebarState } from '../src/main';
import { EmailView } from './email-view';
import { FormsView } from './forms-view';
import { MatchingView } from './matching-view';
import { OverviewView } from './overview-view';
import { ProblemMessage, type Problem, problemOf } from './problem';
import { run } from './rpc';
import { SetupView } from './setup-view';
import { TimelineTab } from './timeline-view';
import { timelineUi } from '../src/core/timeline';

type Load = { kind: 'loading' } | { kind: 'error'; problem: Problem } | { kind: 'ready'; state: SidebarState };
export type Tab = 'overview' | 'setup' | 'forms' | 'matching' | 'email' | 'timeline';

/** The language of the screens shown before the program's language is known. */
export function initialLanguage(): Language {
  const lang = document.documentElement.lang;
  if (isLanguage(lang)) return lang;
  return (navigator.language ?? '').toLowerCase().startsWith('en') ? 'en' : 'sv';
}

export function App() {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [tab, setTab] = useState<Tab>('overview');
  const refresh = () => {
    run('getSidebarState')
      .then((state) => {
        setLoad({ kind: 'ready', state });
        if (!state.configured) setTab('setup');
      })
      .catch((thrown: unknown) => setLoad({ kind: 'error', problem: problemOf(thrown) }));
  };
  useEffect(refresh, []);

  if (load.kind === 'loading') return <main class="muted">{messages(initialLanguage()).loading}</main>;
  if (load.kind === 'error') {
    const language = initialLanguage();
    const t = messages(language);
    return (
      <main>
        <ProblemMessage problem={load.problem} language={language} />
        <button type="button" onClick={refresh}>
          {t.retry}
        </button>
      </main>
    );
  }
  const { state } = load;
  const t = messages(state.language);
  document.documentElement.lang = state.language;
  const update = (next: SidebarState) => setLoad({ kind: 'ready', state: next });
  const tabs: [Tab, string][] = [
    ['overview', t.tabOverview],
    ['setup', t.tabSetup],
    ['forms', t.tabForms],
    ['matching', t.tabMatching],
    ['email', t.tabEmail],
    ['timeline', timelineUi(state.language, 'tab')],
  ];
  return (
    <main>
      <h1 data-testid="program-name">{state.programName || t.untitledProgram}</h1>
      <div class="tabs" role="tablist">
        {tabs.map(([key, label]) => (
          <button type="button" role="tab" aria-selected={tab === key} class={tab === key ? 'active' : ''} onClick={() => setTab(key)} key={key}>
            {label}
          </button>
        ))}
      </div>
      {tab === 'overview' && <OverviewView state={state} onRefresh={refresh} onGoTo={setTab} />}
      {tab === 'setup' && <SetupView state={state} onSaved={update} />}
      {tab === 'forms' && <FormsView state={state} onChanged={update} />}
      {tab === 'matching' && <MatchingView state={state} />}
      {tab === 'email' && <EmailView state={state} />}
      {tab === 'timeline' && state.configured && <TimelineTab language={state.language} />}
    </main>
  );
}
