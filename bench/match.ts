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
 *      greedy best-first assignment.
 *
 * munkres minimises cost over every row of a full matrix, so it gets cost = max - score
 * per mentor place (a mentor of capacity 2 is two columns) and a big-M cost for pairs the
 * rules exclude; big-M is larger than any total of real costs, so munkres uses as few
 * excluded pairs as it can. Its answer is valid when, with those pairs dropped, it matches
 * as many mentees as ours; then its total must equal ours. Figures are printed, never
 * asserted: timings on a shared machine are not tests.
 */
import { munkres } from 'munkres';
import {
  allowedScores,
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

declare const gc: (() => void) | undefined;
const collect = (): void => gc?.();

// ---------------------------------------------------------------------------------------
// Seeded, mentor-like applicants

function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
  const rand = seededRandom(seed);
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
function allowedMatrix(round: Round): { allowed: Float64Array; capacity: Int32Array } {
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
const mb = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;

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
  bigM: number;
}

function solverCase(round: Round): SolverCase {
  const { allowed, capacity } = allowedMatrix(round);
  const n = round.mentees.length;
  const m = round.mentors.length;
  const score = Array.from({ length: n }, (_, i) => Array.from(allowed.subarray(i * m, (i + 1) * m)));
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const s of allowed) {
    if (s === Number.NEGATIVE_INFINITY) continue;
    lo = Math.min(lo, s);
    hi = Math.max(hi, s);
  }
  const slotMentor: number[] = [];
  capacity.forEach((c, j) => {
    for (let k = 0; k < c; k++) slotMentor.push(j);
  });
  // Larger than any sum of real costs, so one excluded pair always costs more than all
  // the real pairs together: munkres then uses as few excluded pairs as it can.
  const bigM = (hi - lo) * (Math.min(n, slotMentor.length) + 1) + 1;
  const cost = score.map((row) => slotMentor.map((j) => (row[j] === Number.NEGATIVE_INFINITY ? bigM : hi - row[j]!)));
  return { score, capacity: Array.from(capacity), cost, slotMentor, bigM };
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

function benchSolvers(): void {
  console.log('\n1. Solver against munkres (same matrices; time = median of 3 alternating runs after a warm-up)\n');
  // Warm both up so neither pays for the JIT inside the measurements.
  for (const shape of SHAPES) {
    const warm = solverCase(shapeRound(shape, 200, 7));
    for (let k = 0; k < 2; k++) {
      solveAssignment(warm.score, warm.capacity);
      munkres(warm.cost);
    }
  }
  const rows: string[][] = [];
  for (const n of [500, 1000, 2000]) {
    for (const shape of SHAPES) {
      const c = solverCase(shapeRound(shape, n, 1000 + n));
      const ours: number[] = [];
      const theirs: number[] = [];
      let mentorOf: number[] = [];
      let pairs: Array<[number, number]> = [];
      for (let rep = 0; rep < 3; rep++) {
        collect();
        let t0 = performance.now();
        mentorOf = solveAssignment(c.score, c.capacity);
        ours.push(performance.now() - t0);
        collect();
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
}

benchSolvers();
