/**
 * This file defines the matching benchmark (`npm run bench:match`). It generates seeded,
 * mentor-like rounds (Swedish and English free text, shared fields, cities, the English
 * rule, forbidden pairs and capacities) and prints, measured side by side in one run:
 *
 *   1. our solver against the npm package `munkres` at 500, 1,000 and 2,000 mentees, on
 *      square rounds, rounds where every mentor takes 2, and rounds with too few mentors:
 *      the time ratio (ours / munkres, median of alternating runs after a warm-up) and
 *      the totals, compared wherever munkres's answer is valid;
 *   2. scoring plus solving for 2,000 x 2,000 and 5,000 x 5,000 with peak memory;
 *   3. the quality of the same rounds: total score, lowest pair, unmatched mentees and
 *      pairs under 30 for the optimal assignment, "raise the worst pair first" and a
 *      greedy best-first assignment;
 *   Q. first, the match quality table of bench/match-quality.ts (labelled set and demo).
 *
 * `node scripts/bench.cjs match:quality` prints only the quality table, `match:scale` only
 * part 2 and 3, `match:solver` only part 1, `match:explain` every demo explanation.
 *
 * munkres minimises cost over every row of a full matrix, so it gets cost = max - score
 * per mentor place (a mentor of capacity 2 is two columns) and a big-M cost for pairs the
 * rules exclude; big-M is larger than any total of real costs, so munkres uses as few
 * excluded pairs as it can. Its answer is valid when, with those pairs dropped, it matches
 * as many mentees as ours; then its total must equal ours. Figures are printed, never
 * asserted: timings on a shared machine are not tests.
 */
import { fork } from 'node:child_process';
import { cpus } from 'node:os';
import { munkres } from 'munkres';
import { createPrng } from '../emulator/runtime/prng';
import {
  allowedScores,
  applyRules,
  assignMatrix,
  buildScoringModel,
  DEFAULT_MATCH_SETTINGS,
  DEFAULT_WEIGHTS,
  type PairRef,
  proposeMatches,
  resolveMatchSettings,
  resolveRules,
  scoreMatrix,
  solveAssignment,
} from '../src/core';
import type { Mentee, Mentor } from '../src/core/types';
import { benchQuality, printDemoExplanations } from './match-quality';

declare const gc: (() => void) | undefined;
/** A full collection, when node runs with --expose-gc (the bench runner does). */
const collect = (): void => {
  if (typeof gc === 'function') gc();
};

// ---------------------------------------------------------------------------------------
// Seeded, mentor-like applicants

interface Area {
  label: string;
  sv: string[];
  en: string[];
  orgs: string[];
}

const AREAS: Area[] = [
  { label: 'IT', sv: ['mjukvaruutveckling', 'systemutveckling', 'programmering', 'molntjänster'], en: ['software development', 'cloud services', 'backend programming'], orgs: ['Spotify', 'Ericsson', 'Klarna', 'Volvo Cars'] },
  { label: 'Data', sv: ['dataanalys', 'maskininlärning', 'AI', 'statistik'], en: ['data science', 'machine learning', 'AI', 'statistics'], orgs: ['Volvo Cars', 'SEB', 'King', 'Region Västra Götaland'] },
  { label: 'Ekonomi', sv: ['redovisning', 'revision', 'controlling', 'ekonomistyrning'], en: ['accounting', 'auditing', 'financial controlling'], orgs: ['PwC', 'EY', 'KPMG', 'Skatteverket'] },
  { label: 'Finans', sv: ['kapitalförvaltning', 'bank', 'riskhantering'], en: ['asset management', 'banking', 'risk management'], orgs: ['SEB', 'Handelsbanken', 'Swedbank', 'AP-fonden'] },
  { label: 'Marknad', sv: ['marknadsföring', 'varumärkesstrategi', 'kommunikation'], en: ['marketing', 'brand strategy', 'communications'], orgs: ['IKEA', 'H&M', 'Oatly', 'Forsman & Bodenfors'] },
  { label: 'Handel', sv: ['detaljhandel', 'e-handel', 'inköp'], en: ['retail', 'e-commerce', 'purchasing'], orgs: ['H&M', 'IKEA', 'ICA', 'Zalando'] },
  { label: 'HR', sv: ['rekrytering', 'personalfrågor', 'arbetsrätt'], en: ['recruitment', 'people management', 'employment law'], orgs: ['Academic Work', 'Volvo Group', 'Göteborgs Stad'] },
  { label: 'Juridik', sv: ['affärsjuridik', 'avtalsrätt', 'immaterialrätt'], en: ['business law', 'contract law', 'intellectual property'], orgs: ['Mannheimer Swartling', 'Vinge', 'Setterwalls'] },
  { label: 'Hållbarhet', sv: ['hållbarhet', 'miljöstrategi', 'klimatfrågor'], en: ['sustainability', 'environmental strategy', 'climate'], orgs: ['Vattenfall', 'Northvolt', 'Naturvårdsverket'] },
  { label: 'Energi', sv: ['energisystem', 'elnät', 'förnybar energi'], en: ['energy systems', 'power grids', 'renewable energy'], orgs: ['Vattenfall', 'Göteborg Energi', 'Ørsted'] },
  { label: 'Logistik', sv: ['logistik', 'supply chain', 'transporter'], en: ['logistics', 'supply chain', 'transport'], orgs: ['Schenker', 'PostNord', 'Maersk'] },
  { label: 'Vård', sv: ['sjukvård', 'folkhälsa', 'vårdutveckling'], en: ['healthcare', 'public health', 'care development'], orgs: ['Sahlgrenska', 'Region Skåne', 'Capio'] },
  { label: 'Life science', sv: ['läkemedelsutveckling', 'bioteknik', 'klinisk forskning'], en: ['drug development', 'biotech', 'clinical research'], orgs: ['AstraZeneca', 'Getinge', 'Mölnlycke'] },
  { label: 'Bygg', sv: ['samhällsbyggnad', 'projektledning bygg', 'konstruktion'], en: ['construction', 'structural engineering', 'urban development'], orgs: ['Skanska', 'NCC', 'Peab'] },
  { label: 'Fordon', sv: ['fordonsindustri', 'elektrifiering', 'produktutveckling'], en: ['automotive', 'electrification', 'product development'], orgs: ['Volvo Cars', 'Polestar', 'Scania', 'Zenseact'] },
  { label: 'Offentlig sektor', sv: ['offentlig förvaltning', 'samhällsplanering', 'policy'], en: ['public administration', 'urban planning', 'policy'], orgs: ['Göteborgs Stad', 'Regeringskansliet', 'Trafikverket'] },
  { label: 'Media', sv: ['journalistik', 'medieproduktion', 'digitala medier'], en: ['journalism', 'media production', 'digital media'], orgs: ['SVT', 'Bonnier', 'Schibsted'] },
  { label: 'Konsult', sv: ['managementkonsult', 'verksamhetsutveckling', 'strategi'], en: ['management consulting', 'business development', 'strategy'], orgs: ['McKinsey', 'Accenture', 'Capgemini', 'Afry'] },
  { label: 'Entreprenörskap', sv: ['startup', 'entreprenörskap', 'innovation'], en: ['startups', 'entrepreneurship', 'innovation'], orgs: ['Chalmers Ventures', 'Almi', 'egen firma'] },
  { label: 'Design', sv: ['UX-design', 'interaktionsdesign', 'industridesign'], en: ['UX design', 'interaction design', 'industrial design'], orgs: ['Doberman', 'IKEA', 'Volvo Cars'] },
];

const CITIES = ['Göteborg', 'Göteborg', 'Göteborg', 'Stockholm', 'Stockholm', 'Malmö', 'Lund', 'Uppsala', 'Borås', 'Jönköping', 'Oslo', 'London'];

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

function areasFor(rand: () => number): Area[] {
  // Interests cluster: a third of applicants sit in the five busiest areas.
  const first = rand() < 0.35 ? AREAS[Math.floor(rand() * 5)]! : pick(rand, AREAS);
  const second = pick(rand, AREAS);
  return rand() < 0.6 && second !== first ? [first, second] : [first];
}

function phrase(rand: () => number, areas: Area[], english: boolean): string {
  const words = areas.map((a) => pick(rand, english || rand() < 0.15 ? a.en : a.sv));
  return words.join(english ? ' and ' : ' och ');
}

function makeMentor(rand: () => number, k: number, capacity: number): Mentor {
  const areas = areasFor(rand);
  const english = rand() < 0.2;
  const main = areas[0]!;
  return {
    id: `MR-${k}`,
    role: 'mentor',
    status: 'approved',
    submittedAt: '2026-02-01T09:00:00.000Z',
    firstName: 'Mentor',
    lastName: String(k),
    email: `mentor${k}@example.org`,
    phone: '+46700000000',
    city: pick(rand, CITIES),
    digital: rand() < 0.6,
    fields: areas.map((a) => a.label),
    wishes:
      rand() < 0.35
        ? english
          ? `Happy to mentor someone curious about ${phrase(rand, [pick(rand, AREAS)], true)}`
          : `Gärna en adept som vill arbeta med ${phrase(rand, [pick(rand, AREAS)], false)}`
        : '',
    issues: [],
    organisation: pick(rand, main.orgs),
    field: english ? `Working with ${phrase(rand, areas, true)}` : `Arbetar med ${phrase(rand, areas, false)}`,
    education: english ? `MSc in ${phrase(rand, [main], true)}` : `Civilingenjör, inriktning ${phrase(rand, [main], false)}`,
    acceptsEnglish: rand() < 0.6,
    capacity,
  };
}

function makeMentee(rand: () => number, k: number): Mentee {
  const areas = areasFor(rand);
  const language = rand() < 0.15 ? 'en' : 'sv';
  const english = language === 'en' || rand() < 0.1;
  const other = pick(rand, AREAS);
  return {
    id: `AD-${k}`,
    role: 'mentee',
    status: 'approved',
    submittedAt: '2026-02-03T12:00:00.000Z',
    firstName: 'Adept',
    lastName: String(k),
    email: `adept${k}@example.org`,
    phone: '+46711111111',
    city: pick(rand, CITIES),
    digital: rand() < 0.7,
    fields: areas.map((a) => a.label).slice(0, 1 + Math.floor(rand() * areas.length)),
    wishes: rand() < 0.4 ? (english ? `A mentor in ${phrase(rand, [other], true)}` : `En mentor inom ${phrase(rand, [other], false)}`) : '',
    issues: [],
    education: english ? `Studying ${phrase(rand, areas, true)}` : `Studerar ${phrase(rand, areas, false)}`,
    motivation: english
      ? `I want to work with ${phrase(rand, [areas[0]!], true)}, maybe at ${pick(rand, areas[0]!.orgs)}`
      : `Jag vill jobba med ${phrase(rand, [areas[0]!], false)}, kanske på ${pick(rand, areas[0]!.orgs)}`,
    expectations: english ? 'Advice on my first job and my network' : 'Råd inför första jobbet och hjälp med nätverk',
    contribution: english ? `Fresh ideas on ${phrase(rand, [pick(rand, AREAS)], true)}` : `Nya perspektiv på ${phrase(rand, [pick(rand, AREAS)], false)}`,
    language,
  };
}

interface Round {
  mentors: Mentor[];
  mentees: Mentee[];
  forbids: PairRef[];
}

/** A round of nMentees, with nMentors mentors of the given capacity and ~0.5 % forbidden pairs. */
function makeRound(seed: number, nMentees: number, nMentors: number, capacity: (rand: () => number) => number): Round {
  const rand = createPrng(seed);
  const mentors = Array.from({ length: nMentors }, (_, k) => makeMentor(rand, k, capacity(rand)));
  const mentees = Array.from({ length: nMentees }, (_, k) => makeMentee(rand, k));
  const forbids: PairRef[] = [];
  const nForbids = Math.round(nMentees * nMentors * 0.005);
  for (let k = 0; k < nForbids; k++) {
    forbids.push({ menteeId: pick(rand, mentees).id, mentorId: pick(rand, mentors).id });
  }
  return { mentors, mentees, forbids };
}

// ---------------------------------------------------------------------------------------
// Helpers

/** The solver's input for a round: allowed scores (rules applied) and capacities. */
function allowedMatrix(round: Round): { allowed: Float64Array[]; capacity: Int32Array } {
  const settings = resolveMatchSettings({ forbids: round.forbids });
  const rules = resolveRules(round.mentors, round.mentees, settings);
  const model = buildScoringModel(round.mentors, round.mentees, DEFAULT_WEIGHTS, DEFAULT_MATCH_SETTINGS.enabled);
  const scores = scoreMatrix(model);
  return { allowed: allowedScores(scores, round.mentors, round.mentees, rules, settings.minScore), capacity: rules.capacity };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
  const line = (cells: string[]): string =>
    cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const f1 = (x: number): string => x.toFixed(1);
const f2 = (x: number): string => x.toFixed(2);

// ---------------------------------------------------------------------------------------
// 1. Solver against munkres

type Shape = 'square' | 'capacity 2' | 'too few mentors';
const SHAPES: Shape[] = ['square', 'capacity 2', 'too few mentors'];

function shapeRound(shape: Shape, n: number, seed: number): Round {
  if (shape === 'square') return makeRound(seed, n, n, () => 1);
  if (shape === 'capacity 2') return makeRound(seed, n, n / 2, () => 2);
  return makeRound(seed, n, Math.round(n * 0.8), () => 1);
}

interface SolverCase {
  score: number[][];
  capacity: number[];
  cost: number[][];
  slotMentor: number[];
}

function solverCase(round: Round): SolverCase {
  const { allowed, capacity } = allowedMatrix(round);
  const n = round.mentees.length;
  // The plain nested arrays a caller of solveAssignment would have.
  const score = allowed.map((row) => Array.from(row));
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const row of allowed) {
    for (const s of row) {
      if (s === Number.NEGATIVE_INFINITY) continue;
      lo = Math.min(lo, s);
      hi = Math.max(hi, s);
    }
  }
  const slotMentor: number[] = [];
  capacity.forEach((c, j) => {
    for (let k = 0; k < c; k++) slotMentor.push(j);
  });
  // Larger than any sum of real costs, so one excluded pair always costs more than all
  // the real pairs together: munkres then uses as few excluded pairs as it can.
  const bigM = (hi - lo) * (Math.min(n, slotMentor.length) + 1) + 1;
  const cost = score.map((row) => slotMentor.map((j) => (row[j] === Number.NEGATIVE_INFINITY ? bigM : hi - row[j]!)));
  return { score, capacity: Array.from(capacity), cost, slotMentor };
}

function ourTotals(c: SolverCase, mentorOf: number[]): { matched: number; total: number } {
  let matched = 0;
  let total = 0;
  mentorOf.forEach((j, i) => {
    if (j < 0) return;
    matched++;
    total += c.score[i]![j]!;
  });
  return { matched, total };
}

function munkresTotals(c: SolverCase, pairs: Array<[number, number]>): { matched: number; total: number } {
  const mentorOf = new Array<number>(c.score.length).fill(-1);
  for (const [i, slot] of pairs) {
    const j = c.slotMentor[slot]!;
    if (c.score[i]![j]! > Number.NEGATIVE_INFINITY) mentorOf[i] = j;
  }
  return ourTotals(c, mentorOf);
}

/** Warm-up: each solver runs this many times, or for this long, before anything is timed. */
const WARM_UP_RUNS = 10;
const WARM_UP_MS = 1500;
const MEASURED_RUNS = 5;

/** Runs `f` until it has run WARM_UP_RUNS times or for WARM_UP_MS, so the JIT has settled. */
function warmUp(f: () => unknown): void {
  const start = performance.now();
  for (let k = 0; k < WARM_UP_RUNS && performance.now() - start < WARM_UP_MS; k++) f();
}

function benchSolvers(): void {
  console.log(
    `\n1. Solver against munkres: the same matrices; time = median of ${MEASURED_RUNS} alternating runs, after each ran ${WARM_UP_RUNS} times (at most ${WARM_UP_MS / 1000} s) to warm up\n`,
  );
  const rows: string[][] = [];
  for (const n of [500, 1000, 2000]) {
    for (const shape of SHAPES) {
      const c = solverCase(shapeRound(shape, n, 1000 + n));
      let mentorOf: number[] = [];
      let pairs: Array<[number, number]> = [];
      // One full collection per case, before its warm-up. None between measured runs:
      // a forced collection makes V8 throw away optimised code, which no real run does.
      collect();
      warmUp(() => solveAssignment(c.score, c.capacity));
      warmUp(() => munkres(c.cost));
      const ours: number[] = [];
      const theirs: number[] = [];
      for (let rep = 0; rep < MEASURED_RUNS; rep++) {
        let t0 = performance.now();
        mentorOf = solveAssignment(c.score, c.capacity);
        ours.push(performance.now() - t0);
        t0 = performance.now();
        pairs = munkres(c.cost) as Array<[number, number]>;
        theirs.push(performance.now() - t0);
      }
      const a = ourTotals(c, mentorOf);
      const b = munkresTotals(c, pairs);
      const valid = b.matched === a.matched;
      const equal = valid && Math.abs(a.total - b.total) <= 1e-6 * Math.max(1, Math.abs(a.total));
      rows.push([
        String(n),
        shape,
        `${c.capacity.length} / ${c.slotMentor.length}`,
        f1(median(ours)),
        f1(median(theirs)),
        f2(median(ours) / median(theirs)),
        `${a.matched} / ${b.matched}`,
        f2(a.total),
        f2(b.total),
        valid ? (equal ? 'yes' : 'NO') : 'munkres invalid',
      ]);
    }
  }
  console.log(
    table(
      ['mentees', 'shape', 'mentors/places', 'ours ms', 'munkres ms', 'ratio', 'matched (ours/munkres)', 'total ours', 'total munkres', 'totals equal'],
      rows,
    ),
  );
  console.log('   ours = solveAssignment(score, capacity) from src/core, input checks included;');
  console.log('   munkres = munkres(cost) on the cost matrix prepared beforehand (not timed).');
}

// ---------------------------------------------------------------------------------------
// 2 and 3. Scoring plus solving at scale, and the quality of the assignments

/** Mentor capacities as a program would see them: mostly 1, some 2 and 3. */
const mixedCapacity = (rand: () => number): number => (rand() < 0.6 ? 1 : rand() < 0.75 ? 2 : 3);

interface Quality {
  total: number;
  lowest: number;
  unmatched: number;
  under30: number;
}

function quality(scores: number[], nMentees: number): Quality {
  return {
    total: scores.reduce((a, b) => a + b, 0),
    lowest: scores.length ? Math.min(...scores) : Number.NaN,
    unmatched: nMentees - scores.length,
    under30: scores.filter((s) => s < 30).length,
  };
}

/**
 * Greedy best-first: repeatedly take the highest-scoring allowed pair whose mentee is free
 * and whose mentor has room. A heap of mentees keyed by their best available mentor; a
 * mentee whose best mentor filled up is re-scanned when it comes up.
 */
function greedy(allowed: ReadonlyArray<ArrayLike<number>>, n: number, m: number, capacity: Int32Array): number[] {
  const left = Int32Array.from(capacity);
  const bestOf = (i: number): number => {
    let best = -1;
    for (let j = 0; j < m; j++) {
      const s = allowed[i]![j]!;
      if (left[j]! > 0 && s > Number.NEGATIVE_INFINITY && (best < 0 || s > allowed[i]![best]!)) best = j;
    }
    return best;
  };
  const heap: Array<[number, number, number]> = [];
  const less = (a: [number, number, number], b: [number, number, number]): boolean => a[0] > b[0] || (a[0] === b[0] && a[1] < b[1]);
  const push = (x: [number, number, number]): void => {
    heap.push(x);
    for (let k = heap.length - 1; k > 0; ) {
      const p = (k - 1) >> 1;
      if (!less(heap[k]!, heap[p]!)) break;
      [heap[k], heap[p]] = [heap[p]!, heap[k]!];
      k = p;
    }
  };
  const pop = (): [number, number, number] => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let k = 0; ; ) {
        const l = 2 * k + 1;
        if (l >= heap.length) break;
        const c = l + 1 < heap.length && less(heap[l + 1]!, heap[l]!) ? l + 1 : l;
        if (!less(heap[c]!, heap[k]!)) break;
        [heap[k], heap[c]] = [heap[c]!, heap[k]!];
        k = c;
      }
    }
    return top;
  };
  for (let i = 0; i < n; i++) {
    const j = bestOf(i);
    if (j >= 0) push([allowed[i]![j]!, i, j]);
  }
  const mentorOf = new Array<number>(n).fill(-1);
  while (heap.length > 0) {
    const [, i, j] = pop();
    if (left[j]! > 0) {
      mentorOf[i] = j;
      left[j]!--;
      continue;
    }
    const next = bestOf(i);
    if (next >= 0) push([allowed[i]![next]!, i, next]);
  }
  return mentorOf;
}

interface ScaleReport {
  n: number;
  places: number;
  useCaseMs: number;
  useCasePeakRssMb: number;
  raiseWorstMs: number;
  scoreMs: number;
  solveMs: number;
  optimal: Quality;
  raiseWorst: Quality;
  greedy: Quality;
}

/** Runs in a child process, so its peak memory is its own. */
function scaleChild(n: number): ScaleReport {
  const round = makeRound(5000 + n, n, n, mixedCapacity);
  const options = { forbids: round.forbids };
  collect();
  // The use case end to end, as the sidebar runs it: scoring, rules, solving, explanations.
  let t0 = performance.now();
  const proposal = proposeMatches(round.mentors, round.mentees, options);
  const useCaseMs = performance.now() - t0;
  const useCasePeakRssMb = process.resourceUsage().maxRSS / 1024;
  collect();
  t0 = performance.now();
  const worst = proposeMatches(round.mentors, round.mentees, { ...options, mode: 'raise-worst' });
  const raiseWorstMs = performance.now() - t0;

  // The use case's two big steps again, one by one, to split its time: scoring (model,
  // every pair's score, the rules) and solving.
  const optimal = quality(proposal.pairs.map((p) => p.score), n);
  const raiseWorst = quality(worst.pairs.map((p) => p.score), n);
  collect();
  t0 = performance.now();
  const settings = resolveMatchSettings(options);
  const rules = resolveRules(round.mentors, round.mentees, settings);
  const model = buildScoringModel(round.mentors, round.mentees, settings.weights, settings.enabled);
  const table = scoreMatrix(model);
  const allowed = round.mentees.map((_, i) => table.subarray(i * n, (i + 1) * n));
  applyRules(allowed, round.mentors, round.mentees, rules, settings.minScore);
  const t1 = performance.now();
  const { mentorOf } = assignMatrix({ score: allowed, nMentees: n, nMentors: n, capacity: rules.capacity }, rules.locks);
  const t2 = performance.now();
  const scores = (i: number, j: number): number => allowed[i]![j]!;
  const pick = (of: ArrayLike<number>): number[] => Array.from(of).flatMap((j, i) => (j >= 0 ? [scores(i, j)] : []));
  const steps = quality(pick(mentorOf), n);
  if (steps.unmatched !== optimal.unmatched || Math.abs(steps.total - optimal.total) > 1e-6 * optimal.total) {
    throw new Error('the use case and the solver disagree');
  }
  return {
    n,
    places: Array.from(rules.capacity).reduce((a, b) => a + b, 0),
    useCaseMs,
    useCasePeakRssMb,
    raiseWorstMs,
    scoreMs: t1 - t0,
    solveMs: t2 - t1,
    optimal,
    raiseWorst,
    greedy: quality(pick(greedy(allowed, n, n, rules.capacity)), n),
  };
}

function runChild(n: number): Promise<ScaleReport> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--scale', String(n)], { execArgv: process.execArgv, stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (m) => resolve(m as ScaleReport));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`scale run ${n} exited with ${code}`));
    });
  });
}

async function benchScale(): Promise<void> {
  console.log('\n2. Scoring plus solving (each size in its own process; peak = largest resident set)\n');
  const reports: ScaleReport[] = [];
  for (const n of [2000, 5000]) reports.push(await runChild(n));
  console.log(
    table(
      ['mentees x mentors', 'places', 'scoring ms', 'solving ms', 'use case ms', 'use case peak RSS', 'raise-worst use case ms'],
      reports.map((r) => [
        `${r.n} x ${r.n}`,
        String(r.places),
        f1(r.scoreMs),
        f1(r.solveMs),
        f1(r.useCaseMs),
        `${Math.round(r.useCasePeakRssMb)} MB`,
        f1(r.raiseWorstMs),
      ]),
    ),
  );
  console.log('   use case = proposeMatches end to end (scoring, rules, solving, every explanation), timed');
  console.log('   first in a fresh process; its peak RSS is the whole process (Node itself ~45 MB).');
  console.log('\n3. Quality of the assignments on the same rounds\n');
  const rows: string[][] = [];
  for (const r of reports) {
    for (const [name, q] of [
      ['optimal (most pairs, then total)', r.optimal],
      ['raise the worst pair first', r.raiseWorst],
      ['greedy best-first', r.greedy],
    ] as Array<[string, Quality]>) {
      rows.push([`${r.n} x ${r.n}`, name, f1(q.total), f1(q.lowest), String(q.unmatched), String(q.under30)]);
    }
  }
  console.log(table(['round', 'assignment', 'total score', 'lowest pair', 'unmatched', 'pairs under 30'], rows));
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--scale');
  if (at >= 0) {
    const report = scaleChild(Number(process.argv[at + 1]));
    process.send?.(report, () => process.disconnect?.());
    return;
  }
  const only = process.argv[2];
  if (only === 'explain') {
    printDemoExplanations();
    return;
  }
  console.log(`Matching benchmark: node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}`);
  if (only === undefined || only === 'quality') benchQuality();
  if (only === 'quality') return;
  if (only !== 'scale') benchSolvers();
  if (only !== 'solver') await benchScale();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
