/**
 * This file tests scoring on Swedish and English profile text: whole words only (the
 * "AI" in "retail" trap), stop words, stemming in both languages, rarity weighting, each
 * criterion, weights and switches, and that the full table and the per-pair breakdown
 * agree.
 */
import {
  buildScoringModel,
  createTextAnalyser,
  DEFAULT_MATCH_SETTINGS,
  DEFAULT_WEIGHTS,
  pairPoints,
  scoreMatrix,
  tokenize,
} from '../../../src/core';
import type { CriterionId, CriterionWeights } from '../../../src/core/matching/criteria';
import type { Mentee, Mentor } from '../../../src/core/types';
import { mentee, mentor } from './fixtures';

const ALL_ON = DEFAULT_MATCH_SETTINGS.enabled;

function scores(
  mentors: Mentor[],
  mentees: Mentee[],
  weights: CriterionWeights = DEFAULT_WEIGHTS,
  enabled: Record<CriterionId, boolean> = ALL_ON,
): number[][] {
  const model = buildScoringModel(mentors, mentees, weights, enabled);
  const flat = scoreMatrix(model);
  return mentees.map((_, i) => Array.from(flat.subarray(i * mentors.length, (i + 1) * mentors.length)));
}

/** Weights with only the named criterion on. */
function only(c: CriterionId): CriterionWeights {
  return { field: 0, career: 0, wishes: 0, sharedFields: 0, city: 0, [c]: 1 };
}

describe('text analysis', () => {
  const analyser = createTextAnalyser();
  const words = (text: string) => analyser.analyse(text).map((w) => w.text);

  it('splits on whole words and keeps å, ä and ö inside them', () => {
    expect(tokenize('Hållbarhet, företagsekonomi & e-handel i Göteborg!')).toEqual([
      'Hållbarhet',
      'företagsekonomi',
      'e',
      'handel',
      'i',
      'Göteborg',
    ]);
  });

  it('drops Swedish and English stop words but keeps acronyms such as IT and AI', () => {
    expect(words('Jag vill gärna arbeta med AI och IT i framtiden inom logistik')).toEqual(['AI', 'IT', 'logistik']);
    expect(words('I would like to work with it and with the data')).toEqual(['data']);
  });

  it('stems both languages, so inflections meet', () => {
    const terms = (w: string) => new Set(analyser.analyse(w)[0]!.terms.map(([t]) => t));
    const meet = (a: string, b: string) => [...terms(a)].some((t) => terms(b).has(t));
    expect(meet('ingenjörer', 'ingenjör')).toBe(true);
    expect(meet('utvecklare', 'utveckling')).toBe(true);
    expect(meet('engineers', 'engineering')).toBe(true);
    expect(meet('consulting', 'consultant')).toBe(true);
    expect(meet('AI', 'retail')).toBe(false);
  });

  it('marks words that start a sentence', () => {
    const analysed = analyser.analyse('Ekonomi är tråkigt. Data också: Volvo');
    expect(analysed.map((w) => [w.text, w.sentenceStart])).toEqual([
      ['Ekonomi', true],
      ['tråkigt', false],
      ['Data', true],
      ['Volvo', true],
    ]);
  });
});

describe('competence and career text', () => {
  it('never finds "AI" inside "retail" (the substring trap)', () => {
    const mentors = [mentor('M1', { field: 'Retail and store operations' }), mentor('M2', { field: 'AI research' })];
    const mentees = [mentee('A1', { education: 'Master student in AI' })];
    const [row] = scores(mentors, mentees, only('field'));
    expect(row![0]).toBe(0);
    expect(row![1]).toBeGreaterThan(0);
  });

  it('matches Swedish profiles on shared subjects, inflected differently', () => {
    const mentors = [
      mentor('M1', { field: 'Arbetar som utvecklare inom mjukvaruutveckling', education: 'Civilingenjör, datateknik' }),
      mentor('M2', { field: 'Revisor på en byrå', education: 'Civilekonom med redovisning' }),
    ];
    const mentees = [
      mentee('A1', { education: 'Läser datateknik, intresserad av mjukvaruutveckling' }),
      mentee('A2', { education: 'Ekonomi med inriktning redovisning och revision' }),
    ];
    const s = scores(mentors, mentees, only('field'));
    expect(s[0]![0]).toBeGreaterThan(s[0]![1]!);
    expect(s[1]![1]).toBeGreaterThan(s[1]![0]!);
    expect(s[0]![1]).toBe(0);
  });

  it('matches English profiles, mixed Swedish-English text, and the same field across languages', () => {
    const mentors = [
      mentor('M1', { field: 'Software engineering and machine learning at Spotify' }),
      mentor('M2', { field: 'Marknadsföring och kommunikation' }),
    ];
    const mentees = [
      mentee('A1', { education: 'Studying software engineering', language: 'en' }),
      mentee('A2', { education: 'Datavetenskap med fokus på machine learning' }),
      mentee('A3', { education: 'Marketing and communications' }),
    ];
    const s = scores(mentors, mentees, only('field'));
    expect(s[0]![0]).toBeGreaterThan(0.5 * 100);
    expect(s[1]![0]).toBeGreaterThan(s[1]![1]!);
    // The term list carries the meaning across languages; an unrelated field still scores 0.
    expect(s[2]![1]).toBeGreaterThan(50);
    expect(s[2]![0]).toBe(0);
  });

  it('weighs rare shared words above common ones (TF-IDF over the whole round)', () => {
    const crowd = Array.from({ length: 8 }, (_, k) => mentee(`C${k}`, { education: 'Ekonomi' }));
    const mentors = [mentor('M1', { field: 'Ekonomi' }), mentor('M2', { field: 'Hållbarhet' })];
    const mentees = [mentee('A1', { education: 'Ekonomi och hållbarhet' }), ...crowd];
    const [row] = scores(mentors, mentees, only('field'));
    expect(row![1]).toBeGreaterThan(row![0]!);
  });

  it('compares career goals with the mentor’s organisation and field', () => {
    const mentors = [mentor('M1', { organisation: 'Volvo Cars', field: 'Elektrifiering' }), mentor('M2', { organisation: 'SEB' })];
    const mentees = [mentee('A1', { motivation: 'Jag vill jobba på Volvo med elektrifiering' })];
    const [row] = scores(mentors, mentees, only('career'));
    expect(row![0]).toBeGreaterThan(50);
    expect(row![1]).toBe(0);
  });
});

describe('wishes, fields and city', () => {
  it('scores wishes both ways: the mentee’s against the mentor’s profile and the reverse', () => {
    const mentors = [
      mentor('M1', { field: 'Juridik' }),
      mentor('M2', { field: 'Bygg', wishes: 'Gärna en adept som läser juridik' }),
      mentor('M3', { field: 'Vård' }),
    ];
    const mentees = [mentee('A1', { education: 'Juristprogrammet, juridik', wishes: 'En mentor inom juridik' })];
    const [row] = scores(mentors, mentees, only('wishes'));
    expect(row![0]).toBeGreaterThan(0);
    expect(row![1]).toBeGreaterThan(0);
    expect(row![2]).toBe(0);
  });

  it('scores ticked fields by overlap, ignoring case', () => {
    const mentors = [
      mentor('M1', { fields: ['IT', 'Ekonomi'] }),
      mentor('M2', { fields: ['it'] }),
      mentor('M3', { fields: ['Vård'] }),
    ];
    const mentees = [mentee('A1', { fields: ['IT'] })];
    const [row] = scores(mentors, mentees, only('sharedFields'));
    expect(row![1]).toBeCloseTo(100, 9);
    expect(row![0]).toBeCloseTo(100 / Math.SQRT2, 9);
    expect(row![2]).toBe(0);
  });

  it('gives full city points for the same city, most for two digital people, none otherwise', () => {
    const mentors = [
      mentor('M1', { city: 'Göteborg' }),
      mentor('M2', { city: 'Malmö', digital: true }),
      mentor('M3', { city: 'Malmö' }),
    ];
    const mentees = [mentee('A1', { city: ' goteborg ', digital: true })];
    const [row] = scores(mentors, mentees, only('city'));
    expect(row).toEqual([100, 75, 0]);
  });
});

describe('weights and switches', () => {
  const mentors = [mentor('M1', { field: 'Data', city: 'Lund', fields: ['IT'] })];
  const mentees = [mentee('A1', { education: 'Data', city: 'Lund', fields: ['IT'] })];

  it('splits 100 points over the criteria that are on and have data', () => {
    const model = buildScoringModel(mentors, mentees, DEFAULT_WEIGHTS, ALL_ON);
    // Nobody wrote career text or wishes, so those criteria carry no points.
    expect(model.points.career).toBe(0);
    expect(model.points.wishes).toBe(0);
    const { field, sharedFields, city } = model.points;
    expect(field + sharedFields + city).toBeCloseTo(100, 9);
    expect(field / city).toBeCloseTo(DEFAULT_WEIGHTS.field / DEFAULT_WEIGHTS.city, 9);
    expect(scoreMatrix(model)[0]).toBeCloseTo(100, 9);
  });

  it('a switched-off criterion gives no points', () => {
    const off = { ...ALL_ON, city: false };
    const model = buildScoringModel(mentors, [mentee('A1', { city: 'Lund' })], DEFAULT_WEIGHTS, off);
    expect(model.points.city).toBe(0);
    expect(scoreMatrix(model)[0]).toBe(0);
  });

  it('scores no data as 0, and the table agrees with the per-pair breakdown', () => {
    const many = [mentor('M1', { field: 'Data och AI', city: 'Lund' }), mentor('M2', { wishes: 'Hållbarhet', fields: ['IT'] })];
    const who = [
      mentee('A1', { education: 'AI', motivation: 'Data', city: 'Lund', fields: ['IT'] }),
      mentee('A2', {}),
      mentee('A3', { education: 'Hållbarhet och data', wishes: 'AI', digital: true }),
    ];
    const model = buildScoringModel(many, who, DEFAULT_WEIGHTS, ALL_ON);
    const table = scoreMatrix(model);
    expect(table[2]).toBe(0);
    expect(table[3]).toBe(0);
    for (let i = 0; i < who.length; i++) {
      for (let j = 0; j < many.length; j++) {
        expect(pairPoints(model, i, j).total).toBeCloseTo(table[i * many.length + j]!, 12);
      }
    }
  });
});
