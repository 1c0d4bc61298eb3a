/**
 * This file defines an opened mentee: the profile in short, the pair with its explanation,
 * note and warnings, the pair's actions (confirm, lock or unlock, remove, forbid), the next
 * best mentors with score, explanation and places left (choose one with a place, or swap
 * with a full mentor's mentee after seeing both scores and the total change), and the two
 * profiles side by side on demand. The details come in one call when the mentee is opened
 * and again after each action.
 */
import { useEffect, useState } from 'preact/hooks';
import { messages } from '../src/core/i18n';
import type { Language } from '../src/core/types';
import type { MenteeDetailView, ProfileView, SwapPreviewView, WorkbenchView } from '../src/main';
import { type Act, formatScore } from './matching-view';
import { ProblemMessage, type Problem, problemOf } from './problem';
import { run } from './rpc';

function Profile(props: { profile: ProfileView; language: Language; testid: string }) {
  const t = messages(props.language);
  const p = props.profile;
  const facts = [p.city, p.digital ? t.wbDigital : '', p.language === 'en' ? t.wbLanguageEn : '', p.acceptsEnglish ? t.wbEnglish : '', p.capacity ? t.wbCapacity(p.capacity) : ''];
  return (
    <div class="profile" data-testid={props.testid}>
      <strong>{p.name}</strong>
      <div class="muted small">{[p.email, ...facts].filter(Boolean).join(' · ')}</div>
      {p.fields.length > 0 && <div class="small">{p.fields.join(', ')}</div>}
      <dl>
        {p.texts.map((x) => (
          <div key={x.key}>
            <dt>{t.wbTextKey[x.key] ?? x.key}</dt>
            <dd>{x.text}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

export function MenteeDetail(props: { view: WorkbenchView; menteeId: string; language: Language; busy: boolean; act: Act; onBack: () => void }) {
  const { language, menteeId } = props;
  const t = messages(language);
  const [detail, setDetail] = useState<MenteeDetailView | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [compare, setCompare] = useState<string | null>(null);
  const [swap, setSwap] = useState<{ other: string; preview: SwapPreviewView } | null>(null);

  useEffect(() => {
    setProblem(null);
    // After an action the reply already carries this mentee (one round trip per action).
    const carried = props.view.opened;
    if (carried && carried.mentee.id === menteeId && carried.version === props.view.version) {
      setDetail(carried);
      return;
    }
    run('getWorkbenchMentee', menteeId)
      .then(setDetail)
      .catch((thrown: unknown) => setProblem(problemOf(thrown)));
  }, [menteeId, props.view.version]);

  const previewSwap = (other: string) => {
    run('previewSwap', menteeId, other)
      .then((preview) => setSwap(preview ? { other, preview } : null))
      .catch((thrown: unknown) => setProblem(problemOf(thrown)));
  };
  const doAct = (action: Parameters<Act>[0]) => {
    setSwap(null);
    props.act(action);
  };

  const back = (
    <button type="button" class="link" onClick={props.onBack} data-testid="back">
      ← {t.wbBack}
    </button>
  );
  if (!detail) return <div>{back}<ProblemMessage problem={problem} language={language} /></div>;
  const pair = detail.pair;
  const compared = compare === null ? null : compare === pair?.mentorId ? pair.profile : detail.candidates.find((c) => c.mentorId === compare)?.profile ?? null;
  const score = (s: number | null) => formatScore(s, language);
  return (
    <div class="detail" data-testid="mentee-detail">
      {back}
      <ProblemMessage problem={problem} language={language} />
      <h2>{t.wbProfile}</h2>
      {compared ? (
        <div class="side-by-side" data-testid="compare">
          <Profile profile={detail.mentee} language={language} testid="profile-mentee" />
          <Profile profile={compared} language={language} testid="profile-mentor" />
        </div>
      ) : (
        <Profile profile={detail.mentee} language={language} testid="profile-mentee" />
      )}
      <h2>{t.wbMentor}</h2>
      {detail.warnings.map((w) => (
        <p class="warning-line" key={w}>⚠ {w}</p>
      ))}
      {pair ? (
        <div class="pair-card" data-testid="current-pair">
          <div class="row-main">
            <strong>{pair.mentorName}</strong>
            <span class={`badge ${pair.state}`}>{t.wbState[pair.state]}</span>
          </div>
          <div class="muted">{t.wbScore(score(pair.score))}</div>
          <p class="why" data-testid="explanation">{pair.explanation}</p>
          {pair.notes && (
            <p class="small">
              <strong>{t.wbNotes}:</strong> {pair.notes}
            </p>
          )}
          <div class="toolbar">
            {pair.state !== 'confirmed' && (
              <button type="button" disabled={props.busy} onClick={() => doAct({ kind: 'confirm', menteeIds: [menteeId] })} data-testid="confirm-one">
                {t.wbConfirm}
              </button>
            )}
            {pair.state === 'locked' ? (
              <button type="button" disabled={props.busy} onClick={() => doAct({ kind: 'unlock', menteeId })} data-testid="unlock">
                {t.wbUnlock}
              </button>
            ) : (
              pair.state === 'proposed' && (
                <button type="button" disabled={props.busy} onClick={() => doAct({ kind: 'lock', menteeId })} data-testid="lock">
                  {t.wbLock}
                </button>
              )
            )}
            <button type="button" disabled={props.busy} onClick={() => doAct({ kind: 'unassign', menteeId })} data-testid="unassign">
              {t.wbUnassign}
            </button>
            <button type="button" disabled={props.busy} onClick={() => doAct({ kind: 'forbid', menteeId, mentorId: pair.mentorId })} data-testid="forbid">
              {t.wbForbid}
            </button>
            {pair.profile && (
              <button type="button" class="link" aria-pressed={compare === pair.mentorId} onClick={() => setCompare(compare === pair.mentorId ? null : pair.mentorId)} data-testid="compare-current">
                {compare === pair.mentorId ? t.wbHideCompare : t.wbCompare}
              </button>
            )}
          </div>
        </div>
      ) : (
        <p class="muted" data-testid="no-mentor">
          {t.wbNoMentor} {props.view.reasons[props.view.unmatched.find((u) => u.menteeId === menteeId)?.reason ?? -1] ?? ''}
        </p>
      )}
      {swap && (
        <section class="swap-preview" aria-label={t.wbSwapPreview} data-testid="swap-preview">
          <strong>{t.wbSwapPreview}</strong>
          <div>{t.wbSwapLine(swap.preview.menteeNames[0], score(swap.preview.before[0]), score(swap.preview.after[0]))}</div>
          <div>{t.wbSwapLine(swap.preview.menteeNames[1], score(swap.preview.before[1]), score(swap.preview.after[1]))}</div>
          <div>
            {t.wbSwapTotal(score(swap.preview.totalBefore), score(swap.preview.totalAfter), `${swap.preview.totalAfter >= swap.preview.totalBefore ? '+' : '−'}${score(Math.abs(Math.round((swap.preview.totalAfter - swap.preview.totalBefore) * 10) / 10))}`)}
          </div>
          <div class="toolbar">
            <button type="button" class="primary" disabled={props.busy} onClick={() => doAct({ kind: 'swap', menteeId, otherMenteeId: swap.other })} data-testid="apply-swap">
              {t.wbApplySwap}
            </button>
            <button type="button" onClick={() => setSwap(null)}>
              {t.wbCancel}
            </button>
          </div>
        </section>
      )}
      <h2>{t.wbNextBest}</h2>
      <ol class="rows" data-testid="candidates">
        {detail.candidates.map((c) => (
          <li class="row static" key={c.mentorId} data-testid="candidate">
            <span class="row-main">
              <strong>{c.name}</strong>
              <span class={`badge ${c.placesLeft > 0 ? 'free' : 'full'}`}>{c.placesLeft > 0 ? t.wbPlaces(c.placesLeft) : t.wbFull}</span>
            </span>
            <span class="muted">{t.wbScore(score(c.score))}</span>
            <span class="why">{c.explanation}</span>
            <span class="toolbar">
              {c.placesLeft > 0 && (
                <button type="button" disabled={props.busy || pair?.state === 'locked'} onClick={() => doAct({ kind: 'assign', menteeId, mentorId: c.mentorId })} data-testid="assign">
                  {t.wbAssign}
                </button>
              )}
              {pair &&
                pair.state !== 'locked' &&
                c.mentees.map((other) => (
                  <button type="button" key={other.id} disabled={props.busy} onClick={() => previewSwap(other.id)} data-testid="swap">
                    {t.wbSwapWith(other.name)}
                  </button>
                ))}
              <button type="button" class="link" aria-pressed={compare === c.mentorId} onClick={() => setCompare(compare === c.mentorId ? null : c.mentorId)}>
                {compare === c.mentorId ? t.wbHideCompare : t.wbCompare}
              </button>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
