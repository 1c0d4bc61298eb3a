/**
 * This file defines the place names matching knows: Swedish towns and the cities abroad
 * alumni most often live in, each with its other-language names (Gothenburg = Göteborg,
 * Copenhagen = Köpenhamn), plus countries and regions. Two uses: the city criterion treats
 * the names of one city as one city, and the text criteria never count a place name (or its
 * genitive, "Stockholms universitet") as shared evidence, since "a mentor in Uppsala" is a
 * wish about the city, which the city criterion already scores. Names that are also
 * ordinary words (Vara, Mark, Ale, Kil, Sala, Mora, Nora) are left out on purpose. The list
 * is the project's own.
 */

/** One line per place: its names, comma-separated; the first is the key. */
const PLACES = `
stockholm
göteborg, gothenburg, goteborg, gbg
malmö, malmo
uppsala
linköping, linkoping
örebro, orebro
västerås, vasteras
helsingborg
norrköping, norrkoping
jönköping, jonkoping
umeå, umea
lund
borås, boras
sundsvall
gävle, gavle
eskilstuna
södertälje, sodertalje
karlstad
täby
växjö, vaxjo
halmstad
luleå, lulea
trollhättan
östersund, ostersund
borlänge
falun
kalmar
skövde
kristianstad
karlskrona
skellefteå
uddevalla
lidingö
motala
landskrona
nyköping
örnsköldsvik
varberg
trelleborg
kungsbacka
kiruna
visby, gotland
mölndal
solna
sollentuna
nacka
huddinge
danderyd
botkyrka
haninge
järfälla
ystad
enköping
katrineholm
karlskoga
piteå
alingsås
sigtuna
märsta
arvika
ängelholm
norrtälje
hudiksvall
oskarshamn
västervik
mjölby
lerum
partille
kungälv
härnösand
kramfors
sandviken
köping
eslöv
höganäs
lomma
vellinge
staffanstorp
halland
skåne, scania
småland
norrland
västra götaland
sverige, sweden
norge, norway
danmark, denmark
finland
iceland
tyskland, germany
frankrike, france
storbritannien, england, uk, britain
nederländerna, netherlands, holland
spanien, spain
italien, italy
polen, poland
usa, america
kina, china
indien, india
europa, europe
norden, nordics, scandinavia, skandinavien
köpenhamn, copenhagen, kobenhavn, københavn
oslo
helsingfors, helsinki
reykjavik
åbo, turku
tammerfors, tampere
london
berlin
paris
amsterdam
bryssel, brussels, bruxelles
haag, hague
rotterdam
hamburg
münchen, munich, munchen
frankfurt
zürich, zurich
genève, geneva, geneve
wien, vienna
prag, prague
warszawa, warsaw
kraków, krakow
rom, rome
milano, milan
madrid
barcelona
lissabon, lisbon
aten, athens
dublin
edinburgh
manchester
new york
san francisco
boston
seattle
chicago
toronto
singapore
tokyo
peking, beijing
shanghai
dubai
sydney
melbourne
bangalore, bengaluru
mumbai, bombay
`;

const ALIAS = new Map<string, string>();
for (const line of PLACES.split('\n')) {
  const names = line
    .split(',')
    .map((n) => asciiFold(n))
    .filter((n) => n !== '');
  for (const name of names) ALIAS.set(name, names[0]!);
}

/** Lower case, no accents, single spaces: the form place names are compared in. */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The key of a city as written: one key for all names of one known city, else the folded text. */
export function placeKey(city: string): string {
  const folded = asciiFold(city);
  return ALIAS.get(folded) ?? folded;
}

/** True when a lower-cased word is a known place name, or its genitive ("stockholms"). */
export function isPlaceName(word: string, extra?: ReadonlySet<string>): boolean {
  const folded = asciiFold(word);
  const known = (w: string): boolean => ALIAS.has(w) || (extra?.has(w) ?? false);
  return known(folded) || (folded.length > 3 && folded.endsWith('s') && known(folded.slice(0, -1)));
}

/** Every name the list knows, folded (for tests). */
export function knownPlaceNames(): string[] {
  return [...ALIAS.keys()];
}
