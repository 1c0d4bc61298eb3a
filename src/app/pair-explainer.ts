/**
 * This file defines the match emails' "why the two of you" in each recipient's language.
 * The Matches sheet stores a pair's explanation in the program's language only, so an
 * English-speaking mentee in a Swedish program would read Swedish reasons. Instead the
 * pair is explained again from the workbench's own scoring (the same weights, switches,
 * minimum score and forbidden pairs, over the people taking part) and the facts rendered
 * in the email's language. The model is built at most once per run, and only when an
 * email needs a reason; each pair is explained once, whatever the number of emails. A pair
 * whose people can no longer be scored (typed by hand, someone missing from the applicant
 * sheets or withdrawn) keeps the sheet's stored text. An email in the program's own language
 * carries the stored text as it stands: the sheet is the source of truth, and an explanation
 * the group reworded there by hand is what that recipient reads.
 */
import { type PairExplanation, renderExplanation } from '../core/matching';
import type { ProgramSettings } from '../core/program';
import type { Language } from '../core/types';
import type { People } from '../core/workbench';
import type { ConfirmedPair } from './email-data';
import type { Ports } from './ports';
import { createScoring, type Scoring } from './workbench-scoring';
import { readWorkbenchStore } from './workbench-store';

/** The pair's reasons in `language`: fresh from the scoring, or the stored text when it cannot be scored. */
export type PairWhy = (pair: ConfirmedPair, language: Language) => string;

export function pairExplainer(ports: Ports, settings: ProgramSettings, people: People): PairWhy {
  let scoring: Scoring | undefined;
  const facts = new Map<string, PairExplanation | null>();
  return (pair, language) => {
    if (language === settings.language && pair.why !== '') return pair.why;
    let found = facts.get(pair.pairId);
    if (found === undefined) {
      if (!scoring) {
        const { state } = readWorkbenchStore(ports.store);
        scoring = createScoring(people, state.settings, { pairs: [], forbids: state.forbids }, settings.language);
      }
      // Confirmed pairs are not locked: the workbench explains them with locked = false too.
      found = scoring.explanation(pair.menteeId, pair.mentorId, false);
      facts.set(pair.pairId, found);
    }
    return found ? renderExplanation(found, language) : pair.why;
  };
}
