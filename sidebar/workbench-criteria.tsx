/**
 * This file defines the criteria panel: each criterion's weight with a switch, the minimum
 * score and the mode, and Propose with them (the server saves them with the program), plus
 * the forbidden pairs with "allow again".
 */
import { useState } from 'preact/hooks';
import { CRITERIA, type CriterionId } from '../src/core/matching/criteria';
import { messages } from '../src/core/i18n';
import type { Language } from '../src/core/types';
import type { WorkbenchView } from '../src/main';
import type { Act } from './matching-view';

export function CriteriaPanel(props: { view: WorkbenchView; language: Language; busy: boolean; act: Act }) {
  const t = messages(props.language);
  const saved = props.view.settings;
  const [weights, setWeights] = useState<Record<CriterionId, number>>({ ...saved.weights });
  const [enabled, setEnabled] = useState<Record<CriterionId, boolean>>({ ...saved.enabled });
  const [minScore, setMinScore] = useState(saved.minScore);
  const [mode, setMode] = useState(saved.mode);
  const number = (e: Event, max: number) => Math.max(0, Math.min(max, Number((e.target as HTMLInputElement).value) || 0));
  return (
    <div class="criteria">
      <fieldset>
        <legend>{t.wbWeights}</legend>
        {CRITERIA.map((c) => (
          <div class="weight" key={c}>
            <input type="checkbox" id={`wb-on-${c}`} checked={enabled[c]} onChange={(e) => setEnabled({ ...enabled, [c]: (e.target as HTMLInputElement).checked })} aria-label={t.wbUse(t.wbCriterion[c] ?? c)} />
            <label for={`wb-on-${c}`}>{t.wbCriterion[c]}</label>
            <input type="number" min={0} max={100} step={1} value={weights[c]} disabled={!enabled[c]} onInput={(e) => setWeights({ ...weights, [c]: number(e, 100) })} aria-label={t.wbWeightOf(t.wbCriterion[c] ?? c)} data-testid={`weight-${c}`} />
          </div>
        ))}
      </fieldset>
      <div class="field">
        <label for="wb-min">{t.wbMinScore}</label>
        <input id="wb-min" type="number" min={0} max={100} value={minScore} onInput={(e) => setMinScore(number(e, 100))} data-testid="min-score" />
      </div>
      <div class="field">
        <label for="wb-mode">{t.wbMode}</label>
        <select id="wb-mode" value={mode} onChange={(e) => setMode((e.target as HTMLSelectElement).value === 'raise-worst' ? 'raise-worst' : 'total')} data-testid="mode">
          <option value="total">{t.modeTotal}</option>
          <option value="raise-worst">{t.modeRaiseWorst}</option>
        </select>
      </div>
      <p class="muted small">{t.wbProposeHint}</p>
      <button type="button" class="primary" disabled={props.busy} onClick={() => props.act({ kind: 'propose', settings: { weights, enabled, minScore, mode } })} data-testid="propose-with">
        {t.wbPropose}
      </button>
      <h2>{t.wbForbidden}</h2>
      {props.view.forbids.length === 0 ? (
        <p class="muted">{t.wbNoForbidden}</p>
      ) : (
        <ul class="rows" data-testid="forbidden-list">
          {props.view.forbids.map((f) => (
            <li class="row static" key={`${f.menteeId}-${f.mentorId}`} data-testid="forbidden">
              <span>
                {f.menteeName} × {f.mentorName}
              </span>{' '}
              <button type="button" class="link" disabled={props.busy} onClick={() => props.act({ kind: 'allow', menteeId: f.menteeId, mentorId: f.mentorId })}>
                {t.wbAllow}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
