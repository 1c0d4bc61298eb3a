/**
 * This file defines the quality part of `npm run bench:match`: how far the proposal agrees
 * with what a project group would pick, measured on the labelled set (bench/eval) and on the
 * preview's demo program. It prints agreement with the group's picks (default weights, and
 * the text criteria alone), how often the pick is the mentee's best-scoring mentor, the share
 * of the demo's English-speaking mentees who get a mentor in their own field (the demo knows
 * each person's field: a mentor's field answer and a mentee's programme come from one of its
 * domains), and how many explanations name a word that is no evidence (a grammar or form
 * word, a degree or school token, a city). That word list is the bench's own, written apart
 * from the analyser's lists, so the count can catch a word the analyser lets through.
 * `printDemoExplanations` prints every demo explanation in Swedish and English for reading.
 */
import { DOMAINS } from '../emulator/demo/demo-domains';
import {
  buildScoringModel,
  type MatchProposal,
  type MatchSettingsInput,
  type PairExplanation,
  proposeMatches,
  renderExplanation,
  resolveMatchSettings,
  scoreMatrix,
} from '../src/core';
import type { Language, Mentee, Mentor } from '../src/core/types';
import { demoApplicants } from './eval/demo-round';
import { EVAL_MENTEES, EVAL_MENTORS, EVAL_PICKS } from './eval/labelled-set';

const TEXT_ONLY: MatchSettingsInput = { weights: { field: 35, career: 20, wishes: 20, sharedFields: 0, city: 0 } };

/**
 * Words an explanation must never name as shared evidence. Lower case; a city also counts in
 * the genitive ("Stockholms").
 */
const NOT_EVIDENCE = new Set(
  `som och att det den en ett med för på av till från är var har jag vi du de man sig sin mitt min
  vill gärna kan kunna skulle ska få göra gör också även mycket lite bra kul helst just nu någon något
  funderar fundera jobba jobbar jobb jobbet arbeta arbetar arbete arbetet förstå veta vet lära lär tror
  tycker intresserad intresserade intresse hoppas träffas prata hjälp hjälpa råd tips mentor mentorn adept
  adepten student studerar läser studier examen examensarbete utbildning utbildningen kurser
  the and to of in on at for with a an is am are be i my me we you it that this who which what
  someone something start starting want would like love work working works job jobs career first
  interested interest especially really also help advice talk about after thesis courses studies study
  studying student students graduation programme program degree msc bsc ba ma phd master masters bachelor
  kandidat kandidatprogram masterprogram universitet university högskola högskolan institutet institute
  school college uppsala stockholm göteborg gothenburg malmö lund linköping umeå västerås örebro berlin
  london oslo amsterdam helsinki sweden sverige`
    .split(/\s+/u)
    .filter(Boolean),
);

function isNotEvidence(word: string): boolean {
  const w = word.toLowerCase();
  return NOT_EVIDENCE.has(w) || (w.endsWith('s') && NOT_EVIDENCE.has(w.slice(0, -1)));
}

/** The words and phrases an explanation names as shared evidence (not its template text). */
export function namedWords(ex: PairExplanation): string[] {
  const shared = ex.sharedWords as unknown as Record<string, ReadonlyArray<string | { mentee: string; mentor: string }>>;
  const out: string[] = [];
  for (const list of Object.values(shared)) {
    for (const item of list) {
      if (typeof item === 'string') out.push(item);
      else out.push(item.mentee, item.mentor);
    }
  }
  return out;
}

/** True when an explanation names a word or phrase that is no evidence. */
export function namesNonEvidence(ex: PairExplanation): boolean {
  return namedWords(ex).some((phrase) => {
    const words = phrase.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
    // Inside a phrase, "och" / "and" and single letters ("M&A") are part of the phrase.
    const alone = words.length === 1 ? words : words.filter((w) => !/^(och|and|\p{L})$/iu.test(w));
    return alone.some(isNotEvidence);
  });
}

function domainOfMentor(m: Mentor): number {
  const d = DOMAINS.findIndex((x) => x.field.sv === m.field || x.field.en === m.field);
  if (d < 0) throw new Error(`demo mentor ${m.id} has no known field`);
  return d;
}

function domainOfMentee(a: Mentee): number {
  const found = DOMAINS.flatMap((x, d) =>
    x.menteeProgramme.some((p) => a.education.startsWith(`${p.sv}.`) || a.education.startsWith(`${p.en}.`)) ? [d] : [],
  );
  if (found.length !== 1) throw new Error(`demo mentee ${a.id} has ${found.length} possible fields`);
  return found[0]!;
}

// ---------------------------------------------------------------------------------------
// Figures

const pct = (x: number, n: number): string => (n === 0 ? '-' : `${((100 * x) / n).toFixed(0)} % (${x}/${n})`);

function agreement(proposal: MatchProposal): number {
  return proposal.pairs.filter((p) => EVAL_PICKS.get(p.menteeId)?.mentorId === p.mentorId).length;
}

/** How many picks are the mentee's best-scoring allowed mentor (rank 1), from the proposal's own ranks. */
function pickIsBest(settings: MatchSettingsInput): number {
  let best = 0;
  for (const mentee of EVAL_MENTEES) {
    const pick = EVAL_PICKS.get(mentee.id)!.mentorId;
    const locked = proposeMatches(EVAL_MENTORS, [mentee], { ...settings, locks: [{ menteeId: mentee.id, mentorId: pick }] });
    if (locked.pairs[0]!.explanation.rank === 1) best++;
  }
  return best;
}

/**
 * How far, on average, the pick's score lies above the best other mentor's (points, rules
 * not applied): the agreement figures saturate on an easy set, this one still moves.
 */
function pickLead(settings: MatchSettingsInput): number {
  const resolved = resolveMatchSettings(settings);
  const model = buildScoringModel(EVAL_MENTORS, EVAL_MENTEES, resolved.weights, resolved.enabled);
  const scores = scoreMatrix(model);
  const m = EVAL_MENTORS.length;
  let lead = 0;
  EVAL_MENTEES.forEach((mentee, i) => {
    const pick = EVAL_MENTORS.findIndex((x) => x.id === EVAL_PICKS.get(mentee.id)!.mentorId);
    let other = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < m; j++) if (j !== pick) other = Math.max(other, scores[i * m + j]!);
    lead += scores[i * m + pick]! - other;
  });
  return lead / EVAL_MENTEES.length;
}

export interface QualityRow {
  name: string;
  value: string;
}

export function qualityRows(): QualityRow[] {
  const n = EVAL_MENTEES.length;
  const byDefault = proposeMatches(EVAL_MENTORS, EVAL_MENTEES);
  const textOnly = proposeMatches(EVAL_MENTORS, EVAL_MENTEES, TEXT_ONLY);
  const demo = demoApplicants('sv');
  const proposal = proposeMatches(demo.mentors, demo.mentees);
  const mentorById = new Map(demo.mentors.map((m) => [m.id, m]));
  const menteeById = new Map(demo.mentees.map((m) => [m.id, m]));
  const inField = (lang: Language): [number, number, number] => {
    const pairs = proposal.pairs.filter((p) => menteeById.get(p.menteeId)!.language === lang);
    const hits = pairs.filter((p) => domainOfMentor(mentorById.get(p.mentorId)!) === domainOfMentee(menteeById.get(p.menteeId)!));
    const mean = pairs.reduce((s, p) => s + p.score, 0) / Math.max(1, pairs.length);
    return [hits.length, demo.mentees.filter((m) => m.language === lang).length, mean];
  };
  const [enHits, enCount, enMean] = inField('en');
  const [svHits, svCount, svMean] = inField('sv');
  const evalStops = [...byDefault.pairs, ...textOnly.pairs].filter((p) => namesNonEvidence(p.explanation)).length;
  return [
    { name: 'labelled set: proposal = group pick (default weights)', value: pct(agreement(byDefault), n) },
    { name: 'labelled set: proposal = group pick (text criteria only)', value: pct(agreement(textOnly), n) },
    { name: 'labelled set: pick is the best-scoring mentor (default)', value: pct(pickIsBest({}), n) },
    { name: 'labelled set: pick is the best-scoring mentor (text only)', value: pct(pickIsBest(TEXT_ONLY), n) },
    { name: 'labelled set: mean lead of the pick over the next mentor (text only)', value: `${pickLead(TEXT_ONLY).toFixed(1)} points` },
    { name: 'demo: English-speaking mentees with a mentor in their field', value: pct(enHits, enCount) },
    { name: 'demo: Swedish-speaking mentees with a mentor in their field', value: pct(svHits, svCount) },
    { name: 'demo: mean pair score, English / Swedish mentees', value: `${enMean.toFixed(1)} / ${svMean.toFixed(1)}` },
    {
      name: 'demo: explanations naming a non-evidence word',
      value: `${proposal.pairs.filter((p) => namesNonEvidence(p.explanation)).length} of ${proposal.pairs.length}`,
    },
    { name: 'labelled set: explanations naming a non-evidence word', value: `${evalStops} of ${byDefault.pairs.length + textOnly.pairs.length}` },
  ];
}

export function benchQuality(): void {
  console.log('\nQ. Match quality: labelled set (bench/eval, 30 x 30) and the demo program (60 mentors, 80 mentees)\n');
  const rows = qualityRows();
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${r.value}`);
}

/**
 * Every demo explanation in Swedish and English (for the demo of a Swedish and of an
 * English program, where more people write English), and the labelled set's, for reading.
 */
export function printDemoExplanations(): void {
  for (const language of ['sv', 'en'] as const) printDemo(language);
  printLabelled();
}

function printDemo(language: Language): void {
  console.log(`\n=== demo, program in ${language} ===`);
  const demo = demoApplicants(language);
  const proposal = proposeMatches(demo.mentors, demo.mentees);
  const who = new Map([...demo.mentors, ...demo.mentees].map((p) => [p.id, p]));
  for (const p of proposal.pairs) {
    const a = who.get(p.menteeId) as Mentee;
    const m = who.get(p.mentorId) as Mentor;
    console.log(`\n--- ${a.id} (${a.language}) ${a.education} | ${a.motivation} | ${a.wishes}`);
    console.log(`    ${m.id} ${m.field} | ${m.education} | ${m.organisation} | ${m.wishes} | ${m.city}`);
    console.log(`sv: ${renderExplanation(p.explanation, 'sv')}`);
    console.log(`en: ${renderExplanation(p.explanation, 'en')}`);
  }
}

function printLabelled(): void {
  const evalProposal = proposeMatches(EVAL_MENTORS, EVAL_MENTEES);
  console.log('\n=== labelled set ===');
  for (const p of evalProposal.pairs) {
    const pick = EVAL_PICKS.get(p.menteeId)!;
    console.log(`\n--- ${p.menteeId} -> ${p.mentorId} (group: ${pick.mentorId}, ${pick.why})`);
    console.log(`sv: ${renderExplanation(p.explanation, 'sv')}`);
    console.log(`en: ${renderExplanation(p.explanation, 'en')}`);
  }
}
