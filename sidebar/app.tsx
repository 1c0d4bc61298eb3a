/**
 * This file defines the sidebar's shell: it loads the program state from the server once,
 * keeps it current after every action, and switches between the overview, the settings and
 * the forms views. Texts come from the program's language (Swedish by default).
 */
import { useEffect, useState } from 'preact/hooks';
import { messages } from '../src/core/i18n';
import type { SidebarState } from '../src/main';
import { FormsView } from './forms-view';
import { MatchingView } from './matching-view';
import { OverviewView } from './overview-view';
import { call } from './rpc';
import { SetupView } from './setup-view';

type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; state: SidebarState };
export type Tab = 'overview' | 'setup' | 'forms' | 'matching';

export function App() {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [tab, setTab] = useState<Tab>('overview');
  const refresh = () => {
    call('getSidebarState')
      .then((state) => {
        setLoad({ kind: 'ready', state });
        if (!state.configured) setTab('setup');
      })
      .catch((error: Error) => setLoad({ kind: 'error', message: error.message }));
  };
  useEffect(refresh, []);

  if (load.kind === 'loading') return <main class="muted">{messages('sv').loading}</main>;
  if (load.kind === 'error') {
    const t = messages('sv');
    return (
      <main>
        <p class="error" role="alert">
          {t.errorPrefix} {load.message}
        </p>
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
    </main>
  );
}
