/**
 * This file defines the words that carry no meaning for matching, in Swedish and in
 * English. Three kinds: grammar words (the Snowball project's stop lists, extended); the
 * language of sign-up forms themselves, which every applicant repeats whatever their field
 * ("funderar", "jobba", "someone", "start", "efter examen"); and degree and institution
 * tokens ("MSc", "programmet", "universitet"), which half the round shares, so they decide
 * pairs by accident (a security student paired with a product manager because both wrote
 * "MSc"). Applicants mix the two languages freely, so every list always applies. Words
 * that are fields inside a phrase ("learning" in "machine learning", "experience" in "user
 * experience") may be listed: phrases are recognised from the term list before stop words
 * are dropped. The lists are the project's own.
 */

const SWEDISH = `
alla allt alltid andra annan annat att av bara bli blir blev blivit bland båda både dag dagar dagen
de dem den denna dess dessa det detta dig din dina ditt du där då efter ej eller en ena er era ert
ett fast fler flera från få får fick för före genom ha hade han hans har hela hel helt hennes henne
hon honom hos hur här i icke ibland igen inom inte ingen inget ingenting inför jag ju kan kanske
kommer kom kunde kunna man med mellan men mer mest mig min mina mitt mot mycket många ni nog någon
något några någonting när nu och också om oss på samma sedan sig sin sina sitt själv skall ska
skulle så sådan sådana sådant som till tills under upp ut utan vad var vara varför varit varje vars
vart vem vi vid vilka vilken vilket vilkas vill vår våra vårt än är även åt över dock ännu redan
eftersom medan innan förrän fram bort hit dit här där annars alltså därför dessutom exempelvis
t.ex ex bl.a osv etc typ bland annat
`;

const SWEDISH_FORM = `
gärna helst väldigt mycket jättemycket bra bättre bäst lite sätt lära lär lärt lärde tycker tyckte
tror trodde känner kände hoppas hoppades kul roligt rolig intresserad intresserade intresse intressen
intressant intressanta erfarenhet erfarenheter erfaren nyfiken nyfikna brinner brinna passion
spännande givande viktig viktigt viktiga gillar gilla älskar önskar önskemål önskemålen önskan
funderar fundera funderade funderingar tänker tänka tankar tanke vet veta visste förstå förstår
förståelse se ser såg sett få fått göra gör gjort gjorde ta tar tog tagit ge ger gav gett ge
hjälpa hjälper hjälp stöd stötta vägledning råd rådet tips tipsen inblick insikt insikter bild
jobba jobbar jobbat jobb jobbet jobben arbeta arbetar arbetat arbete arbetet arbeten arbetsliv
arbetslivet yrkesliv yrkeslivet yrkesroll yrkesrollen karriär karriären karriärval karriärmål
bransch branschen branscher område området områden inriktning inriktningen fokus
mentor mentorn mentorer mentorerna mentorskap mentorskapet adept adepten adepter adepterna
student studenten studenter studenterna studerar studera studerat studier studierna plugga pluggar
läser läste läst läsa kurs kurser kursen kurserna termin terminen år året åren
examen examensarbete examensarbetet exjobb exjobbet uppsats uppsatsen utbildning utbildningen
framtid framtiden framtida första nästa nytt ny nya gammal vanlig vanliga
träffas träffa träff träffar ses möte möten mötas digitalt digitala digital fysiskt kvällstid
prata pratar berätta berättar diskutera bolla idéer idé dela
söka söker sökt hitta hittar hittat börja börjar började starta startar slut slutet
möjlighet möjligheter chans väg vägen val välja väljer resan steg
person personer människor någon folk
särskilt särskild särskilda speciellt främst inga ingen emot passar passa reser framför allt just riktigt verkligen ganska
tack hej hälsningar mvh
utmanande utmaning utmaningar engagemang engagerad engagerade driven drivna skoj perspektiv perspektivet
nätverk nätverket nätverka nätverkande kontakter kontakten kontaktnät inspiration inspirerande
motivation motiverad motiverande utvecklas utveckla utvecklat utvecklats personlig personliga
praktik praktiken kvällar kvällstid dagtid dagarna helger sortera tankarna tankar sikt drömmen dröm
ärliga ärlig öppet öppen vidare tydligare tydlig inblick kompetenser kompetens efterfrågas
kring komma konkreta konkret unga ung sista liknande bakgrund svara fråga frågor jobbsökande
cv flexibel flexibelt lunch tillgänglig teams zoom ödmjuk lyhörd haft betyder betyda
två tre fyra fem sex sju åtta nio tio gång gånger månad månader vecka veckor timme timmar
`;

const ENGLISH = `
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further get
gets got had has have having he her here hers herself him himself his how i if in into is it its
itself just me more most my myself no nor not now of off on once only or other our ours ourselves
out over own same she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when where which while
who whom why will with would you your yours yourself yourselves etc e.g eg ie via per
`;

const ENGLISH_FORM = `
want wants wanted wanting like likes liked really much many well lot lots interested interest
interests interesting hope hoping hoped think thinking thought feel feeling good great nice
love loved would like enjoy enjoying happy glad keen eager curious passionate passion excited
motivated looking forward especially particularly mainly currently ideally preferably maybe
perhaps someone somebody something anyone person people
start starting started begin beginning finish finishing finished graduation graduate graduating
work working works worked job jobs career careers role roles field fields area areas
sector company companies industry experience experiences learn learning learned learnt
know knowing knew understand understanding see seeing get getting make making take taking give
help helping advice tips guidance support insight insights picture clearer idea ideas thoughts
talk talking discuss discussing share sharing meet meeting meetings meets calls call video digital
mentor mentors mentorship mentoring mentee mentees student students study studies studying
studied course courses semester year years thesis degree
first next new future path choose choice choices way ways step steps move moved
honest open openly normal week day life time
thank thanks hello hi regards
don doesn didn isn aren wasn weren haven hasn won wouldn couldn shouldn ll ve re
opportunity opportunities possible experienced professional professionals inspiration inspire
feedback network networks networking contacts connections challenge challenges personal
internship internships evening evenings daytime weekend weekends honestly clear sure unsure
skills skill knowledge fresh enthusiasm insight employers employer looking
build find finding daily young ten two three four five once twice month months hour hours
cv resume linkedin profile flexible available lunch teams zoom humble
`;

/**
 * Degree and institution tokens: present in most education answers, so they say nothing
 * about the field. Abbreviations are matched lower-cased ("MSc" -> "msc").
 */
const DEGREE_AND_INSTITUTION = `
msc bsc ba ma mba ms bs phd ph d dr fil jur kand lic mag med tekn
master masters master's bachelor bachelors bachelor's kandidat kandidaten kandidatexamen
masterexamen magisterexamen magister licentiat doktorand doktorsexamen doktor
program programmet programme programmes programs programmen kandidatprogram kandidatprogrammet
masterprogram masterprogrammet utbildningsprogram
universitet universitetet university universities högskola högskolan högskolor institut institutet
institute college fakultet fakulteten faculty department institution institutionen
examen degree diploma certifikat certificate kandidatexamen yrkesexamen
kth lth chalmers ki slu liu lnu mdh miun bth hh hb hig hkr hv kau ltu mau oru su uu gu lu umu
`;

function toSet(...lists: string[]): ReadonlySet<string> {
  return new Set(lists.flatMap((list) => list.split(/\s+/u)).filter((w) => w.length > 0));
}

export const SWEDISH_STOP_WORDS: ReadonlySet<string> = toSet(SWEDISH, SWEDISH_FORM);
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = toSet(ENGLISH, ENGLISH_FORM);
export const DEGREE_WORDS: ReadonlySet<string> = toSet(DEGREE_AND_INSTITUTION);
/** Form language alone: unlike a grammar word ("it"), its capitals never make it an acronym ("CV"). */
export const FORM_WORDS: ReadonlySet<string> = toSet(SWEDISH_FORM, ENGLISH_FORM);

/** True for a lower-cased word that is a stop word in either language, or a degree or school token. */
export function isStopWord(word: string): boolean {
  return SWEDISH_STOP_WORDS.has(word) || ENGLISH_STOP_WORDS.has(word) || DEGREE_WORDS.has(word);
}
