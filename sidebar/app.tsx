/**
 * This file defines the sidebar's top-level view: it loads the program state from the server
 * and shows the program's name and the overview.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SidebarState } from '../src/main';
import { messages } from '../src/core/i18n';
import { call } from './rpc';

type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; state: SidebarState };

export function App() {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const refresh = () => {
    setLoad({ kind: 'loading' });
    call('getSidebarState')
      .then((state) => setLoad({ kind: 'ready', state }))
      .catch((error: Error) => setLoad({ kind: 'error', message: error.message }));
  };
  useEffect(refresh, []);

  if (load.kind === 'loading') return <main class="muted">{messages('sv').loading}</main>;
  if (load.kind === 'error') {
    const t = messages('sv');
    return (
      <main>
        <p class="error" role="alert">{t.errorPrefix} {load.message}</p>
        <button type="button" onClick={refresh}>{t.retry}</button>
      </main>
    );
  }
  const { state } = load;
  const t = messages(state.language);
  return (
    <main>
      <h1 data-testid="program-name">{state.programName || t.untitledProgram}</h1>
      <h2>{t.overviewHeading}</h2>
      <button type="button" onClick={refresh}>{t.refresh}</button>
    </main>
  );
}
