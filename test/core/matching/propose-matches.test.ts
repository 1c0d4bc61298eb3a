/**
 * This file tests the matching use case end to end on small rounds: the hard rules
 * (language, forbidden, minimum score, locks, capacity), both modes, the explanation of
 * every pair in data and in Swedish and English sentences, the reason given to every
 * mentee left without a mentor, and clear errors on bad input.
 */
import { createPrng } from '../../../emulator/runtime/prng';
import {
  type MatchSettingsInput,
  proposeMatches,
  renderExplanation,
  renderUnmatchedReason,
} from '../../../src/core';
import { mentee, mentor } from './fixtures';

const pairsOf = (p: ReturnType<typeof proposeMatches>) => p.pairs.map((x) => [x.menteeId, x.mentorId]);

describe('hard rules', () => {
  const mentors = [
    mentor('M-sv', { field: 'Mjukvaruutveckling', acceptsEnglish: false }),
    mentor('M-en', { field: 'Marketing', acceptsEnglish: true }),
  ];

  it('gives an English-speaking mentee only a mentor who accepts English', () => {
    const mentees = [mentee('A-en', { education: 'Mjukvaruutveckling', language: 'en' })];
    // The mentee's best subject match does not accept English, so the other mentor it is.
    expect(pairsOf(proposeMatches(mentors, mentees))).toEqual([['A-en', 'M-en']]);
  });

  it('never proposes a forbidden pair, and keeps locked ones', () => {
    const mentees = [
      mentee('A1', { education: 'Mjukvaruutveckling' }),
      mentee('A2', { education: 'Marketing' }),
    ];
    const free = proposeMatches(mentors, mentees);
    expect(pairsOf(free)).toEqual([
      ['A1', 'M-sv'],
      ['A2', 'M-en'],
    ]);
    const forbidden = proposeMatches(mentors, mentees, { forbids: [{ menteeId: 'A1', mentorId: 'M-sv' }] });
    expect(pairsOf(forbidden)).toEqual([
      ['A1', 'M-en'],
      ['A2', 'M-sv'],
    ]);
    const locked = proposeMatches(mentors, mentees, { locks: [{ menteeId: 'A2', mentorId: 'M-sv' }] });
    expect(pairsOf(locked)).toEqual([
      ['A1', 'M-en'],
      ['A2', 'M-sv'],
    ]);
    expect(locked.pairs[1]!.locked).toBe(true);
    expect(locked.pairs[0]!.locked).toBe(false);
  });

  it('proposes no pair under the minimum score unless the group locked it', () => {
    const mentees = [mentee('A1', { education: 'Juridik' }), mentee('A2', { education: 'Juridik' })];
    const settings: MatchSettingsInput = { minScore: 30, locks: [{ menteeId: 'A2', mentorId: 'M-en' }] };
    const result = proposeMatches(mentors, mentees, settings);
    expect(pairsOf(result)).toEqual([['A2', 'M-en']]);
    expect(result.pairs[0]!.score).toBeLessThan(30);
    expect(result.unmatched.map((u) => [u.menteeId, u.reason])).toEqual([['A1', 'below-min-score']]);
  });

  it('respects capacity and reports the load of every mentor', () => {
    const big = [mentor('M1', { field: 'Data', capacity: 2 }), mentor('M2', { field: 'Vård', capacity: 0 })];
    const mentees = ['A1', 'A2', 'A3'].map((id) => mentee(id, { education: 'Data' }));
    const result = proposeMatches(big, mentees);
    expect(result.pairs).toHaveLength(2);
    expect(result.mentors).toEqual([
      { mentorId: 'M1', capacity: 2, assigned: 2 },
      { mentorId: 'M2', capacity: 0, assigned: 0 },
    ]);
    expect(result.unmatched).toEqual([
      { menteeId: 'A3', reason: 'mentors-full', candidates: 2, bestScore: expect.any(Number), minScore: 0 },
    ]);
  });

  it('in raise-worst mode lifts the lowest pair at some cost to the total', () => {
    const rand = createPrng(3);
    const words = ['data', 'AI', 'juridik', 'ekonomi', 'vård', 'bygg', 'design', 'energi'];
    const some = () => [words[Math.floor(rand() * words.length)]!, ...words.filter(() => rand() < 0.25)].join(' och ');
    const ms = Array.from({ length: 12 }, (_, k) => mentor(`M${k}`, { field: some(), city: k % 2 ? 'Lund' : 'Malmö' }));
    const mentees = Array.from({ length: 12 }, (_, k) => mentee(`A${k}`, { education: some(), city: 'Lund' }));
    const total = proposeMatches(ms, mentees, { mode: 'total' });
    const worst = proposeMatches(ms, mentees, { mode: 'raise-worst' });
    expect(worst.mode).toBe('raise-worst');
    expect(worst.pairs).toHaveLength(total.pairs.length);
    expect(worst.lowestScore!).toBeGreaterThan(total.lowestScore!);
    expect(worst.totalScore).toBeLessThan(total.totalScore);
  });
});

describe('explanations', () => {
  const mentors = [
    mentor('M1', {
      field: 'Arbetar med mjukvaruutveckling och AI',
      organisation: 'Volvo Cars',
      city: 'Göteborg',
      fields: ['IT'],
      acceptsEnglish: true,
    }),
    mentor('M2', { field: 'Retail', city: 'Stockholm', fields: ['Handel'] }),
    mentor('M3', { field: 'Mjukvaruutveckling', city: 'Malmö', digital: true, fields: ['IT'] }),
  ];
  const mentees = [
    mentee('A1', {
      education: 'Mjukvaruutveckling, med AI som biämne',
      motivation: 'Jag vill jobba på Volvo',
      city: 'Göteborg',
      fields: ['IT'],
    }),
    mentee('A2', { education: 'Mjukvaruutveckling', city: 'Lund', digital: true, language: 'en', fields: ['IT'] }),
  ];
  const result = proposeMatches(mentors, mentees);
  const a1 = result.pairs.find((p) => p.menteeId === 'A1')!;
  const a2 = result.pairs.find((p) => p.menteeId === 'A2')!;

  it('gives points per criterion that add up to the score', () => {
    const { points } = a1.explanation;
    expect(points.field + points.career + points.wishes + points.sharedFields + points.city).toBeCloseTo(a1.score, 9);
    expect(points.total).toBeCloseTo(a1.score, 9);
    expect(points.field).toBeGreaterThan(0);
    expect(points.career).toBeGreaterThan(0);
  });

  it('lists shared words as written (not stems) and shared fields', () => {
    expect(a1.mentorId).toBe('M1');
    expect(a1.explanation.sharedWords.field.map((e) => e.mentee)).toEqual(expect.arrayContaining(['mjukvaruutveckling', 'AI']));
    expect(a1.explanation.sharedWords.career.map((e) => [e.mentee, e.mentor, e.mentorField])).toEqual([
      ['Volvo', 'Volvo Cars', 'organisation'],
    ]);
    expect(a1.explanation.sharedFields).toEqual(['IT']);
    expect(a1.explanation.city).toEqual({ mentee: 'Göteborg', mentor: 'Göteborg', same: true, bothDigital: false });
  });

  it('gives the mentee’s rank of the mentor and the gap to the best option', () => {
    expect(a1.explanation.rank).toBe(1);
    expect(a1.explanation.gapToBest).toBe(0);
    expect(a1.explanation.candidates).toBe(3);
    // A2 needs English: M1 and M3 both accept it; M3 is the mentor left and scores lower.
    expect(a2.mentorId).toBe('M3');
    expect(a2.explanation.candidates).toBe(3);
    expect(a2.explanation.language).toEqual({ mentee: 'en', mentorAcceptsEnglish: true });
    expect(a2.explanation.bestScore).toBeGreaterThanOrEqual(a2.score);
    expect(a2.explanation.gapToBest).toBeCloseTo(a2.explanation.bestScore - a2.score, 9);
  });

  it('reads as plain Swedish', () => {
    const text = renderExplanation(a1.explanation, 'sv');
    expect(text).toMatch(
      /^Adeptens utbildning i (AI och mjukvaruutveckling|mjukvaruutveckling och AI) möter mentorns arbete med (AI och mjukvaruutveckling|mjukvaruutveckling och AI); /,
    );
    expect(text).toContain('adeptens karriärmål om Volvo passar mentorns arbetsplats Volvo Cars');
    expect(text).toContain('samma områden i listan: ”IT”');
    expect(text).toContain('samma stad (Göteborg)');
    expect(text).toContain('adeptens bästa alternativ av 3 möjliga mentorer');
    expect(text).toMatch(/\d+ poäng av 100 \(kompetens \d+, karriär \d+, områden \d+, stad \d+\)/);
  });

  it('reads as plain English', () => {
    const text = renderExplanation(a2.explanation, 'en');
    expect(text).toMatch(/^The mentee's studies in mjukvaruutveckling meet the mentor's work in mjukvaruutveckling; /);
    expect(text).toContain('both open to digital meetings');
    expect(text).toContain('the mentee needs English and the mentor accepts English');
    expect(text).toMatch(/of 100 points/);
  });

  it('says when the mentor is not the mentee’s first choice, with correct ordinals', () => {
    const ex = { ...a1.explanation, rank: 2, candidates: 5, gapToBest: 7.4 };
    expect(renderExplanation(ex, 'sv')).toContain('adeptens 2:a val av 5 möjliga mentorer, 7 poäng under det bästa');
    expect(renderExplanation(ex, 'en')).toContain("the mentee's 2nd choice of 5 possible mentors, 7 points below the best");
    expect(renderExplanation({ ...ex, rank: 3, gapToBest: 0.2 }, 'sv')).toContain('3:e val av 5 möjliga mentorer, mindre än 1 poäng');
    expect(renderExplanation({ ...ex, rank: 11 }, 'en')).toContain('11th choice');
    expect(renderExplanation({ ...ex, rank: 22 }, 'sv')).toContain('22:a val');
  });

  it('mentions a lock', () => {
    const locked = proposeMatches(mentors, mentees, { locks: [{ menteeId: 'A1', mentorId: 'M2' }] });
    const pair = locked.pairs.find((p) => p.menteeId === 'A1')!;
    expect(renderExplanation(pair.explanation, 'sv')).toContain('låst av projektgruppen');
    expect(renderExplanation(pair.explanation, 'en')).toContain('locked by the project group');
  });
});

describe('reasons for mentees without a mentor', () => {
  const reasonsOf = (settings: MatchSettingsInput, mentors = [mentor('M1', { acceptsEnglish: false })]) => {
    const mentees = [mentee('A-en', { language: 'en' }), mentee('A-sv', {}), mentee('A-sv2', {})];
    return proposeMatches(mentors, mentees, settings).unmatched;
  };

  it('no mentor accepts English', () => {
    const [u] = reasonsOf({});
    expect(u!.reason).toBe('no-english-mentor');
    expect(renderUnmatchedReason(u!, 'sv')).toBe('Ingen mentor tar emot engelskspråkiga adepter.');
    expect(renderUnmatchedReason(u!, 'en')).toBe('No mentor accepts English-speaking mentees.');
  });

  it('no mentor left who accepts English', () => {
    const mentors = [mentor('M1', { acceptsEnglish: true }), mentor('M2', { acceptsEnglish: false })];
    const mentees = [mentee('A-en', { language: 'en' }), mentee('A-en2', { language: 'en' })];
    const [u] = proposeMatches(mentors, mentees).unmatched;
    expect(u!.reason).toBe('english-mentors-full');
    expect(renderUnmatchedReason(u!, 'sv')).toMatch(/^Ingen mentor kvar som tar emot engelskspråkiga adepter/);
    expect(renderUnmatchedReason(u!, 'en')).toMatch(/^No mentor left who accepts English/);
  });

  it('every possible mentor is forbidden', () => {
    const unmatched = reasonsOf({ forbids: [{ menteeId: 'A-sv', mentorId: 'M1' }] });
    const u = unmatched.find((x) => x.menteeId === 'A-sv')!;
    expect(u.reason).toBe('all-forbidden');
    expect(renderUnmatchedReason(u, 'sv')).toContain('spärrade');
    expect(renderUnmatchedReason(u, 'en')).toContain('forbidden');
  });

  it('below the minimum score, with the best score in words', () => {
    const unmatched = reasonsOf({ minScore: 50 });
    const u = unmatched.find((x) => x.menteeId === 'A-sv')!;
    expect(u.reason).toBe('below-min-score');
    expect(renderUnmatchedReason(u, 'sv')).toMatch(/^Ingen mentor når lägsta poäng \(50\); bästa möjliga var \d+\.$/);
    expect(renderUnmatchedReason(u, 'en')).toMatch(/minimum score \(50\)/);
  });

  it('capacity used up, and no mentors at all', () => {
    const full = reasonsOf({}).find((x) => x.reason === 'mentors-full')!;
    expect(renderUnmatchedReason(full, 'sv')).toBe('Alla 1 möjliga mentorer har fyllt sina platser.');
    const none = reasonsOf({}, []);
    expect(none.map((u) => u.reason)).toEqual(['no-mentors', 'no-mentors', 'no-mentors']);
    expect(renderUnmatchedReason(none[0]!, 'en')).toBe('There are no mentors in this round.');
  });
});

describe('bad input', () => {
  const mentors = [mentor('M1', { acceptsEnglish: false }), mentor('M2', { capacity: 1 })];
  const mentees = [mentee('A1', {}), mentee('A2', { language: 'en' }), mentee('A3', {})];

  it('names unknown ids', () => {
    expect(() => proposeMatches(mentors, mentees, { locks: [{ menteeId: 'X', mentorId: 'M1' }] })).toThrow(
      /unknown mentee id "X"/,
    );
    expect(() => proposeMatches(mentors, mentees, { forbids: [{ menteeId: 'A1', mentorId: 'Y' }] })).toThrow(
      /unknown mentor id "Y"/,
    );
  });

  it('names a lock on a forbidden pair', () => {
    const pair = { menteeId: 'A1', mentorId: 'M2' };
    expect(() => proposeMatches(mentors, mentees, { locks: [pair], forbids: [pair] })).toThrow(
      /Locked pair \(mentee A1, mentor M2\) is also forbidden/,
    );
  });

  it('names a lock beyond a mentor’s capacity', () => {
    const locks = [
      { menteeId: 'A1', mentorId: 'M2' },
      { menteeId: 'A3', mentorId: 'M2' },
    ];
    expect(() => proposeMatches(mentors, mentees, { locks })).toThrow(
      /Locked pair \(mentee A3, mentor M2\) goes beyond mentor M2's capacity: 2 locked mentees, capacity 1/,
    );
  });

  it('names a lock that breaks the language rule', () => {
    expect(() => proposeMatches(mentors, mentees, { locks: [{ menteeId: 'A2', mentorId: 'M1' }] })).toThrow(
      /\(mentee A2, mentor M1\) breaks the language rule/,
    );
  });

  it('names a mentee locked to two mentors', () => {
    const locks = [
      { menteeId: 'A1', mentorId: 'M1' },
      { menteeId: 'A1', mentorId: 'M2' },
    ];
    expect(() => proposeMatches(mentors, mentees, { locks })).toThrow(/Mentee A1 is locked to two mentors/);
  });

  it('names duplicate ids and bad capacities', () => {
    expect(() => proposeMatches([mentor('M1'), mentor('M1')], mentees)).toThrow(/Two mentors share the id "M1"/);
    expect(() => proposeMatches([mentor('M9', { capacity: -1 })], mentees)).toThrow(/Mentor M9 has capacity -1/);
    expect(() => proposeMatches([mentor('M9', { capacity: 1.5 })], mentees)).toThrow(/Mentor M9 has capacity 1.5/);
  });

  it('names bad settings', () => {
    expect(() => proposeMatches(mentors, mentees, { minScore: Number.NaN })).toThrow(/minScore/);
    expect(() => proposeMatches(mentors, mentees, { weights: { field: -1 } })).toThrow(/Weight of "field"/);
    expect(() =>
      proposeMatches(mentors, mentees, { weights: { colour: 3 } as unknown as MatchSettingsInput['weights'] }),
    ).toThrow(/Unknown criterion in weights: "colour"/);
    expect(() => proposeMatches(mentors, mentees, { mode: 'best' as 'total' })).toThrow(/mode must be/);
  });
});
