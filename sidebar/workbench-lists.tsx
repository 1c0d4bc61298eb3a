/**
 * This file defines the workbench's two lists: mentees with their state, mentor and score,
 * and mentors with places used of capacity. Both are searched and filtered in the browser
 * (the view already holds every row) and shown 50 rows at a time with "Show more", so 2,000
 * rows never become 2,000 DOM nodes at once. The mentee list records how long it took to
 * draw (data-render-ms), which the browser test reads.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { messages } from '../src/core/i18n';
import type { Language } from '../src/core/types';
import type { MenteeState, WorkbenchView } from '../src/main';
import { formatScore } from './matching-view';

export const PAGE = 50;
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function useRenderTime(deps: unknown[]): { ref: { current: HTMLElement | null }; start: () => void } {
  const ref = useRef<HTMLElement | null>(null);
  const started = useRef(performance.now());
  useEffect(() => {
    const ms = performance.now() - started.current;
    ref.current?.setAttribute('data-render-ms', ms.toFixed(1));
  }, deps);
  return { ref, start: () => (started.current = performance.now()) };
}

export function MenteeList(props: { view: WorkbenchView; language: Language; onOpen: (id: string) => void }) {
  const { view, language } = props;
  const t = messages(language);
  const [query, setQuery] = useState('');
  const [state, setState] = useState<MenteeState | ''>('');
  const [shown, setShown] = useState(PAGE);
  const mentorName = useMemo(() => new Map(view.mentors.map((m) => [m.id, m.name])), [view]);
  const why = useMemo(() => {
    const counts = view.reasons.map(() => 0);
    for (const u of view.unmatched) counts[u.reason] = (counts[u.reason] ?? 0) + 1;
    return view.reasons.map((text, k) => ({ text, count: counts[k] ?? 0 })).filter((r) => r.count > 0);
  }, [view]);
  const timing = useRenderTime([view, query, state, shown]);
  const rows = useMemo(() => {
    const q = fold(query.trim());
    const languageWord = { sv: fold(language === 'sv' ? 'svenska' : 'swedish'), en: fold(language === 'sv' ? 'engelska english' : 'english') };
    return view.mentees.filter((m) => {
      if (state && m.state !== state) return false;
      if (!q) return true;
      return fold(`${m.name} ${m.field} ${m.city} ${languageWord[m.language]} ${t.wbState[m.state]}`).includes(q);
    });
  }, [view, query, state]);
  const visible = rows.slice(0, shown);
  return (
    <div class="list-panel">
      <div class="filters">
        <div class="field grow">
          <label for="wb-search">{t.wbSearch}</label>
          <input id="wb-search" type="search" value={query} placeholder={t.wbSearchHint} onInput={(e) => { timing.start(); setQuery((e.target as HTMLInputElement).value); setShown(PAGE); }} data-testid="mentee-search" />
        </div>
        <div class="field">
          <label for="wb-state">{t.wbStateFilter}</label>
          <select id="wb-state" value={state} onChange={(e) => { timing.start(); setState((e.target as HTMLSelectElement).value as MenteeState | ''); setShown(PAGE); }} data-testid="state-filter">
            <option value="">{t.wbAll}</option>
            {(['unmatched', 'proposed', 'locked', 'confirmed'] as const).map((s) => (
              <option value={s} key={s}>{t.wbState[s]}</option>
            ))}
          </select>
        </div>
      </div>
      {why.length > 0 && (
        <div class="unmatched-why" data-testid="unmatched-why">
          <strong>{t.wbUnmatchedWhy(view.unmatched.length)}</strong>
          <ul>
            {why.map((r) => (
              <li key={r.text}>
                {r.text} ({r.count})
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="muted small" aria-live="polite">{t.wbShowing(visible.length, rows.length)}</p>
      <ul class="rows" ref={(el) => {
          timing.ref.current = el;
        }} data-testid="mentee-list">
        {visible.map((m) => (
          <li key={m.id}>
            <button type="button" class={`row ${m.warning ? 'warn' : ''}`} onClick={() => props.onOpen(m.id)} aria-label={t.wbOpen(m.name)} data-testid="mentee-row" data-id={m.id}>
              <span class="row-main">
                <strong>{m.name}</strong>
                <span class={`badge ${m.state}`}>{t.wbState[m.state]}</span>
              </span>
              {m.state === 'unmatched' ? (
                <span class="row-sub muted">{t.wbNoMentor}</span>
              ) : (
                <span class="row-sub">
                  → {mentorName.get(m.mentorId) ?? m.mentorId} · {formatScore(m.score, language)} {t.points}
                  {m.warning && <span class="warn-mark"> ⚠ {t.wbWarnings}</span>}
                  {m.edited && <span class="muted"> · {t.wbEdited}</span>}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
      {rows.length > shown && (
        <button type="button" onClick={() => { timing.start(); setShown(shown + PAGE); }} data-testid="show-more">
          {t.wbShowMore}
        </button>
      )}
    </div>
  );
}

export function MentorList(props: { view: WorkbenchView; language: Language }) {
  const { view, language } = props;
  const t = messages(language);
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const rows = useMemo(() => {
    const q = fold(query.trim());
    return q ? view.mentors.filter((m) => fold(`${m.name} ${m.field} ${m.city} ${m.english ? 'english engelska' : ''}`).includes(q)) : view.mentors;
  }, [view, query]);
  const visible = rows.slice(0, shown);
  return (
    <div class="list-panel">
      <div class="field">
        <label for="wb-mentor-search">{t.wbSearch}</label>
        <input id="wb-mentor-search" type="search" value={query} placeholder={t.wbSearchHint} onInput={(e) => { setQuery((e.target as HTMLInputElement).value); setShown(PAGE); }} data-testid="mentor-search" />
      </div>
      <p class="muted small" aria-live="polite">{t.wbShowing(visible.length, rows.length)}</p>
      <ul class="rows" data-testid="mentor-list">
        {visible.map((m) => (
          <li key={m.id} class={`row static ${m.used > m.capacity ? 'warn' : ''}`} data-testid="mentor-row">
            <span class="row-main">
              <strong>{m.name}</strong>
              <span class={`badge ${m.used >= m.capacity ? 'full' : 'free'}`}>{t.wbUsed(m.used, m.capacity)}</span>
            </span>
            <span class="row-sub muted">
              {[m.field, m.city, m.english ? t.wbEnglish : ''].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      {rows.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t.wbShowMore}
        </button>
      )}
    </div>
  );
}
