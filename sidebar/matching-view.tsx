/**
 * This file defines the matching view: ask the server for a proposal in either mode and
 * show every proposed pair with its score and the reasons in words, and every mentee left
 * without a mentor with the reason why. Applicant text is rendered as text only.
 */
import { useState } from 'preact/hooks';
import { messages } from '../src/core/i18n';
import type { MatchProposalView, SidebarState } from '../src/main';
import { ProblemMessage, type Problem, problemOf } from './problem';
import { run } from './rpc';

type Mode = 'total' | 'raise-worst';

function formatScore(score: number, language: 'sv' | 'en'): string {
  return score.toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 });
}

export function MatchingView(props: { state: SidebarState }) {
  const t = messages(props.state.language);
  const [mode, setMode] = useState<Mode>('total');
  const [busy, setBusy] = useState(false);
  const [proposal, setProposal] = useState<MatchProposalView | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  const propose = () => {
    setBusy(true);
    setProblem(null);
    setProposal(null);
    run('getMatchProposal', mode)
      .then(setProposal)
      .catch((thrown: unknown) => setProblem(problemOf(thrown)))
      .finally(() => setBusy(false));
  };
  if (!props.state.configured) return <p>{t.settingsRequired}</p>;
  return (
    <section>
      <p class="muted">{t.matchingHint}</p>
      <div class="field">
        <select aria-label={t.tabMatching} value={mode} onChange={(e) => setMode((e.target as HTMLSelectElement).value === 'raise-worst' ? 'raise-worst' : 'total')}>
          <option value="total">{t.modeTotal}</option>
          <option value="raise-worst">{t.modeRaiseWorst}</option>
        </select>
      </div>
      <button type="button" class="primary" disabled={busy} onClick={propose} data-testid="propose">
        {busy ? t.proposing : t.proposeMatches}
      </button>
      <ProblemMessage problem={problem} language={props.state.language} />
      {proposal && (
        <>
          <p data-testid="proposal-summary">{t.proposalSummary(proposal.pairs.length, proposal.mentees, proposal.lowestScore === null ? '–' : formatScore(proposal.lowestScore, props.state.language))}</p>
          <ol class="pairs">
            {proposal.pairs.map((p) => (
              <li key={p.menteeId} class="pair" data-testid="pair">
                <div class="pair-names">
                  <strong>{p.menteeName}</strong> → <strong>{p.mentorName}</strong>
                </div>
                <div class="muted">
                  {formatScore(p.score, props.state.language)} {t.points} · {t.rankOf(p.rank)}
                </div>
                <div class="why">{p.explanation}</div>
              </li>
            ))}
          </ol>
          {proposal.unmatched.length > 0 && (
            <>
              <h2>{t.unmatchedHeading}</h2>
              <ul class="pairs">
                {proposal.unmatched.map((u) => (
                  <li key={u.menteeId} class="pair unmatched" data-testid="unmatched">
                    <strong>{u.menteeName}</strong>
                    <div class="why">{u.reason}</div>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
