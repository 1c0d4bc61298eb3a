/**
 * This file tests the word lists matching relies on, each on its own: the stop-word lists
 * (grammar, form language, degree and school tokens, and that no field word is among
 * them), Swedish compound splitting with its joining letters, the bilingual term list
 * (well-formed, covering every field the issue names, meanings crossing languages) and the
 * place names (one city in two languages, genitives, ordinary words left alone).
 */
import { newStemmer } from 'snowball-stemmers';
import { createTextAnalyser } from '../../../src/core';
import { splitCompound } from '../../../src/core/matching/compounds';
import { isPlaceName, placeKey } from '../../../src/core/matching/place-names';
import { DEGREE_WORDS, isStopWord } from '../../../src/core/matching/stop-words';
import { nameWords, termLines } from '../../../src/core/matching/term-list';
import { swedishRoot } from '../../../src/core/matching/text-analysis';

describe('stop words', () => {
  it.each(['som', 'och', 'att', 'funderar', 'jobba', 'arbetar', 'förstå', 'gärna', 'helst', 'examen', 'inga'])(
    'drops the Swedish word "%s"',
    (w) => expect(isStopWord(w)).toBe(true),
  );
  it.each(['someone', 'start', 'the', 'would', 'interested', 'career', 'thesis', 'graduation'])('drops the English word "%s"', (w) =>
    expect(isStopWord(w)).toBe(true),
  );
  it.each(['msc', 'bsc', 'program', 'programme', 'universitet', 'university', 'högskolan', 'kth', 'kandidatprogram'])(
    'drops the degree or school token "%s"',
    (w) => expect(DEGREE_WORDS.has(w)).toBe(true),
  );
  it.each(['data', 'ekonomi', 'juridik', 'law', 'design', 'hållbarhet', 'logistik', 'marketing', 'vård', 'ai'])(
    'keeps the field word "%s"',
    (w) => expect(isStopWord(w)).toBe(false),
  );

  it('never lists a single-word term-list name as a stop word (it could never be found), acronyms aside', () => {
    // Upper-case acronyms pass the stop list ("IT", "PR"), so these names are still reachable.
    const acronyms = new Set(['it', 'pr', 'eu', 'ai', 'ml', 'hr', 'ux', 'tv', 'qa', 'ip', 'vc', 'ngo', 'gis', 'gp']);
    const unreachable = termLines()
      .flatMap(([sv, en]) => [...sv, ...en])
      .filter((name) => nameWords(name).length === 1 && isStopWord(name) && !acronyms.has(name));
    expect(unreachable).toEqual([]);
  });

  it('still finds phrases made of stop words ("machine learning", "user experience")', () => {
    const analysed = createTextAnalyser().analyse('Machine learning and user experience');
    expect(analysed.map((w) => w.text)).toEqual(['Machine learning', 'user experience']);
  });
});

describe('compound splitting', () => {
  const known = new Set(['läkemedel', 'utveckling', 'mjukvara', 'tjänst', 'design', 'kvinna', 'hälsa', 'skola', 'batteri', 'data', 'vetenskap']);
  // As the analyser compares parts: by their Swedish root.
  const swedish = newStemmer('swedish');
  const root = (w: string) => swedishRoot(swedish.stem(w));
  const isPart = (w: string) => [...known].some((k) => root(k) === root(w));

  it.each([
    ['läkemedelsutveckling', ['läkemedel', 'utveckling']], // joining -s-
    ['tjänstedesign', ['tjänst', 'design']], // joining -e-
    ['mjukvaruutveckling', ['mjukvara', 'utveckling']], // -u for a final -a
    ['kvinnohälsa', ['kvinna', 'hälsa']], // -o for a final -a
    ['skolutveckling', ['skol', 'utveckling']], // final -a dropped
    ['batteriutveckling', ['batteri', 'utveckling']],
    ['datavetenskap', ['data', 'vetenskap']],
  ])('splits "%s"', (word, parts) => {
    expect(splitCompound(word, isPart)).toEqual(parts);
  });

  it.each(['kommunikation', 'programmering', 'design', 'utveckling', 'hållbarhet'])('leaves "%s" whole', (word) => {
    expect(splitCompound(word, isPart)).toBeNull();
  });

  it('splits against the round’s own words, not only the field words', () => {
    const round = createTextAnalyser({ vocabulary: ['kaffe', 'odling'] }).analyse('kaffeodling')[0]!;
    const alone = createTextAnalyser().analyse('kaffeodling')[0]!;
    expect(round.terms.length).toBeGreaterThan(alone.terms.length);
  });

  it('folds the derivations Snowball leaves: -ering / -are, -ning / -ande', () => {
    const terms = (w: string) => new Set(createTextAnalyser().analyse(w)[0]!.terms.map(([t]) => t));
    const meet = (a: string, b: string) => [...terms(a)].some((t) => terms(b).has(t));
    expect(meet('rekrytering', 'rekryterare')).toBe(true);
    expect(meet('programmering', 'programmerare')).toBe(true);
    expect(meet('undervisning', 'undervisande')).toBe(true);
    expect(meet('programmering', 'rekrytering')).toBe(false);
  });
});

describe('bilingual term list', () => {
  const lines = termLines();

  it('has hundreds of concepts, each with Swedish and English names and no name twice on a line', () => {
    expect(lines.length).toBeGreaterThan(250);
    const names = lines.reduce((n, [sv, en]) => n + sv.length + en.length, 0);
    expect(names).toBeGreaterThan(900);
    for (const [sv, en] of lines) {
      expect(sv.length).toBeGreaterThan(0);
      expect(en.length).toBeGreaterThan(0);
      expect(new Set(sv).size).toBe(sv.length);
      expect(new Set(en).size).toBe(en.length);
    }
  });

  const analyser = createTextAnalyser();
  const concepts = (text: string) =>
    new Set(analyser.analyse(text).flatMap((w) => w.terms.map(([t]) => t).filter((t) => t.startsWith('#'))));
  const meet = (a: string, b: string) => [...concepts(a)].some((t) => concepts(b).has(t));

  it.each([
    ['engineering', 'maskinteknik', 'mechanical engineering'],
    ['IT', 'mjukvaruutveckling', 'software development'],
    ['IT', 'cybersäkerhet', 'information security'],
    ['data', 'maskininlärning', 'machine learning'],
    ['economics', 'nationalekonomi', 'economics'],
    ['finance', 'kapitalförvaltning', 'asset management'],
    ['law', 'juridik', 'law'],
    ['law', 'affärsjuridik', 'business law'],
    ['medicine', 'läkare', 'physician'],
    ['health', 'folkhälsa', 'public health'],
    ['life science', 'läkemedelsutveckling', 'drug development'],
    ['public sector', 'offentlig sektor', 'public sector'],
    ['education', 'lärare', 'teacher'],
    ['HR', 'rekrytering', 'recruitment'],
    ['communication', 'kriskommunikation', 'crisis communication'],
    ['design', 'tjänstedesign', 'service design'],
    ['energy', 'förnybar energi', 'renewable energy'],
    ['environment', 'cirkulär ekonomi', 'circular economy'],
    ['research', 'forskare', 'researcher'],
  ])('covers %s: "%s" = "%s"', (_field, sv, en) => {
    expect(meet(sv, en)).toBe(true);
  });

  it('lets a specialism meet its field a little, through parts that are concepts', () => {
    expect(meet('affärsjuridik', 'juridik')).toBe(true);
    expect(meet('business law', 'law')).toBe(true);
    expect(meet('cancerforskning', 'research')).toBe(true);
    expect(meet('maskininlärning', 'maskin')).toBe(false);
  });

  it('finds inflected forms and keeps unrelated fields apart', () => {
    expect(meet('batterierna', 'batteries')).toBe(true);
    expect(meet('lawyers', 'juridik')).toBe(true);
    expect(meet('juridik', 'economics')).toBe(false);
    expect(meet('maskininlärning', 'maskinteknik')).toBe(false);
  });
});

describe('place names', () => {
  it('knows one city by its Swedish and English names', () => {
    expect(placeKey('Gothenburg')).toBe(placeKey('Göteborg'));
    expect(placeKey('Copenhagen')).toBe(placeKey('Köpenhamn'));
    expect(placeKey(' goteborg ')).toBe(placeKey('GÖTEBORG'));
    expect(placeKey('Helsinki')).toBe(placeKey('Helsingfors'));
    expect(placeKey('Malmö')).not.toBe(placeKey('Lund'));
  });

  it('treats place names and their genitives as places, ordinary words not', () => {
    expect(isPlaceName('stockholms')).toBe(true);
    expect(isPlaceName('göteborgs')).toBe(true);
    expect(isPlaceName('uppsala')).toBe(true);
    expect(isPlaceName('vara')).toBe(false);
    expect(isPlaceName('mark')).toBe(false);
    expect(isPlaceName('exempelstad')).toBe(false);
    expect(isPlaceName('exempelstad', new Set(['exempelstad']))).toBe(true);
  });
});
