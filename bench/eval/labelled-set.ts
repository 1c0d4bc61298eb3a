/**
 * This file defines the labelled evaluation set for match quality: 30 mentors and 30 mentees
 * written the way people fill in sign-up forms (Swedish, English, both in one answer,
 * compounds, a Swedish student writing English and the reverse, filler, city and school
 * names), and for each mentee the mentor a project group would pick, with a short note on
 * why. It was written before any change to the text analysis, and it is not the set the
 * work is judged on (a held-out set by other people is), so it measures, never tunes.
 */
import type { Mentee, Mentor } from '../../src/core/types';

interface MentorRow {
  id: string;
  city: string;
  digital?: boolean;
  english: boolean;
  fields?: string[];
  organisation: string;
  field: string;
  education: string;
  wishes?: string;
}

interface MenteeRow {
  id: string;
  city: string;
  digital?: boolean;
  language?: 'sv' | 'en';
  fields?: string[];
  education: string;
  motivation: string;
  expectations?: string;
  contribution?: string;
  wishes?: string;
  /** The mentor a project group would pick. */
  pick: string;
  why: string;
}

const MENTORS: MentorRow[] = [
  { id: 'M01', city: 'Göteborg', english: true, fields: ['Mjukvaruutveckling', 'Teknik och industri'], organisation: 'Volvo Cars', field: 'Mjukvaruutvecklare inom fordonsindustrin, jobbar mest med inbyggda system', education: 'Civilingenjör datateknik, Chalmers', wishes: 'Gärna någon som är nyfiken på embedded och bilar' },
  { id: 'M02', city: 'Stockholm', digital: true, english: true, fields: ['Mjukvaruutveckling'], organisation: 'Spotify', field: 'Backend engineer, distributed systems and cloud infrastructure', education: 'MSc Computer Science, KTH' },
  { id: 'M03', city: 'Stockholm', english: true, fields: ['Data science och AI', 'Ekonomi och finans'], organisation: 'Klarna', field: 'Dataanalytiker, jobbar med maskininlärning och kreditrisk', education: 'Teknisk fysik, Uppsala universitet' },
  { id: 'M04', city: 'Uppsala', english: false, fields: ['Medicin och life science'], organisation: 'Region Uppsala', field: 'Läkare, specialist i allmänmedicin, forskar om folkhälsa', education: 'Läkarprogrammet, Uppsala universitet', wishes: 'Tar gärna emot en läkarstudent' },
  { id: 'M05', city: 'Stockholm', digital: true, english: true, fields: ['Medicin och life science', 'Forskning'], organisation: 'AstraZeneca', field: 'Arbetar med läkemedelsutveckling och kliniska prövningar', education: 'Apotekarexamen, Uppsala universitet' },
  { id: 'M06', city: 'Lund', english: true, fields: ['Juridik'], organisation: 'Advokatfirman Lindahl', field: 'Advokat inom affärsjuridik och företagsförvärv', education: 'Juristexamen, Lunds universitet' },
  { id: 'M07', city: 'Stockholm', english: false, fields: ['Juridik', 'Offentlig sektor'], organisation: 'Migrationsverket', field: 'Jurist, migrationsrätt och förvaltningsrätt', education: 'Jur kand, Stockholms universitet', wishes: 'Gärna en adept som brinner för asylrätt' },
  { id: 'M08', city: 'Göteborg', digital: true, english: true, fields: ['Ekonomi och finans'], organisation: 'PwC', field: 'Auditor, financial reporting and IFRS', education: 'Civilekonom, Handelshögskolan i Göteborg' },
  { id: 'M09', city: 'Stockholm', english: true, fields: ['Ekonomi och finans'], organisation: 'Swedbank Robur', field: 'Kapitalförvaltning och hållbara investeringar', education: 'Nationalekonomi, Stockholms universitet' },
  { id: 'M10', city: 'Göteborg', english: true, fields: ['Energi och miljö', 'Teknik och industri'], organisation: 'Cellkraft Batteri AB', field: 'Batteriutveckling, cellkemi och återvinning', education: 'Kemiteknik, Chalmers' },
  { id: 'M11', city: 'Västerås', digital: true, english: true, fields: ['Energi och miljö'], organisation: 'Mälarkraft', field: 'Projektledare för solparker, elnät och förnybar energi', education: 'Civilingenjör i energisystem' },
  { id: 'M12', city: 'Malmö', english: false, fields: ['Offentlig sektor'], organisation: 'Malmö stad', field: 'Stadsplanerare, hållbar stadsutveckling', education: 'Samhällsplanering, Malmö universitet' },
  { id: 'M13', city: 'Stockholm', digital: true, english: true, fields: ['Offentlig sektor'], organisation: 'Regeringskansliet', field: 'Utredare i offentlig sektor, EU-frågor och policy', education: 'Statsvetenskap, Uppsala universitet' },
  { id: 'M14', city: 'Göteborg', english: true, fields: ['HR och ledarskap'], organisation: 'Academic Work', field: 'Rekryterare och HR-partner', education: 'Personalvetarprogrammet, Göteborgs universitet' },
  { id: 'M15', city: 'Uppsala', english: false, fields: ['HR och ledarskap'], organisation: 'Skanska', field: 'HR-chef, ledarskap och arbetsmiljö', education: 'Beteendevetare' },
  { id: 'M16', city: 'Stockholm', english: true, fields: ['Handel och marknadsföring'], organisation: 'H&M', field: 'Brand and marketing manager, e-commerce', education: 'BSc Business Administration, Stockholm School of Economics' },
  { id: 'M17', city: 'Göteborg', digital: true, english: true, fields: ['Journalistik och kommunikation'], organisation: 'Byrån Ordväxling', field: 'Kommunikatör, kriskommunikation och PR', education: 'Medie- och kommunikationsvetenskap' },
  { id: 'M18', city: 'Stockholm', english: false, fields: ['Journalistik och kommunikation'], organisation: 'SVT', field: 'Journalist, grävande reportage', education: 'Journalistutbildning, JMK' },
  { id: 'M19', city: 'Umeå', digital: true, english: true, fields: ['Undervisning och utbildning'], organisation: 'Umeå kommun', field: 'Gymnasielärare i matematik och fysik, skolutveckling', education: 'Ämneslärarexamen, Umeå universitet' },
  { id: 'M20', city: 'Malmö', english: true, fields: ['Design och UX'], organisation: 'Formbyrån', field: 'UX designer, user research and service design', education: 'Interaktionsdesign, Malmö universitet' },
  { id: 'M21', city: 'Göteborg', english: true, fields: ['Teknik och industri', 'IT och digitalisering'], organisation: 'Ericsson', field: 'Produktägare inom telekom, 5G-nät', education: 'Civilingenjör elektroteknik' },
  { id: 'M22', city: 'Linköping', digital: true, english: true, fields: ['IT och digitalisering'], organisation: 'Saab', field: 'Cybersäkerhet och informationssäkerhet', education: 'Datavetenskap, Linköpings universitet' },
  { id: 'M23', city: 'Stockholm', english: true, fields: ['Entreprenörskap', 'Ekonomi och finans'], organisation: 'Egen firma', field: 'Entreprenör, har startat två bolag inom fintech', education: 'Civilekonom', wishes: 'Någon som funderar på att starta eget' },
  { id: 'M24', city: 'Uppsala', english: true, fields: ['Forskning', 'Medicin och life science'], organisation: 'Uppsala universitet', field: 'Forskare i molekylärbiologi, cancerforskning', education: 'Doktorsexamen i biologi' },
  { id: 'M25', city: 'Göteborg', english: true, fields: ['Teknik och industri'], organisation: 'Fraktia Logistik', field: 'Logistikchef, supply chain och inköp', education: 'Industriell ekonomi' },
  { id: 'M26', city: 'Malmö', digital: true, english: true, fields: ['Energi och miljö', 'Handel och marknadsföring'], organisation: 'IKEA', field: 'Sustainability manager, circular economy and supply chain', education: 'MSc Environmental Science, Lund University' },
  { id: 'M27', city: 'Stockholm', english: false, fields: ['Ekonomi och finans', 'Offentlig sektor'], organisation: 'Skatteverket', field: 'Redovisningsekonom och controller', education: 'Ekonomie kandidat' },
  { id: 'M28', city: 'Stockholm', english: true, fields: ['Medicin och life science'], organisation: 'Socialstyrelsen', field: 'Sjuksköterska, numera verksamhetsutvecklare inom vården', education: 'Sjuksköterskeprogrammet, Karolinska Institutet' },
  { id: 'M29', city: 'Göteborg', english: true, fields: ['Ekonomi och finans'], organisation: 'Nordstrand Management', field: 'Managementkonsult, strategi och verksamhetsutveckling', education: 'Industriell ekonomi, Chalmers' },
  { id: 'M30', city: 'Stockholm', digital: true, english: true, fields: ['Mjukvaruutveckling'], organisation: 'Pixelspel AB', field: 'Spelutvecklare, programmering i C++', education: 'Högskoleingenjör i datateknik' },
];

const MENTEES: MenteeRow[] = [
  { id: 'A01', city: 'Göteborg', fields: ['Mjukvaruutveckling'], education: 'Civilingenjörsprogrammet i datateknik, inriktning inbyggda system', motivation: 'Jag vill jobba med mjukvaruutveckling i fordonsbranschen efter examen.', expectations: 'Råd om hur man får första jobbet', pick: 'M01', why: 'embedded software in the car industry, same city' },
  { id: 'A02', city: 'Stockholm', language: 'en', digital: true, education: 'MSc in Computer Science', motivation: 'I want to become a backend developer and work with cloud services.', expectations: 'Someone to talk to about my first job', pick: 'M02', why: 'backend and cloud; the other CS mentors do games or security' },
  { id: 'A03', city: 'Stockholm', language: 'en', fields: ['Data science och AI'], education: "Master's programme in Data Science", motivation: 'I am interested in machine learning for credit risk at a fintech.', pick: 'M03', why: 'machine learning and credit risk, written in Swedish by the mentor' },
  { id: 'A04', city: 'Uppsala', fields: ['Medicin och life science'], education: 'Läkarprogrammet, termin 9', motivation: 'Jag funderar på att bli allmänläkare och är intresserad av folkhälsoarbete.', wishes: 'Gärna en mentor i Uppsala', pick: 'M04', why: 'future GP, public health' },
  { id: 'A05', city: 'Uppsala', language: 'en', digital: true, education: 'Pharmacy programme', motivation: 'I would love to work in drug development, especially clinical trials.', pick: 'M05', why: 'drug development and clinical trials, across languages' },
  { id: 'A06', city: 'Lund', fields: ['Juridik'], education: 'Juristprogrammet, Lunds universitet', motivation: 'Vill bli affärsjurist och jobba med företagsförvärv och M&A.', pick: 'M06', why: 'business law and acquisitions' },
  { id: 'A07', city: 'Stockholm', fields: ['Juridik'], education: 'Juristprogrammet, intresserad av migrationsrätt och asylfrågor', motivation: 'Jag vill arbeta på en myndighet med migration.', pick: 'M07', why: 'migration law at an agency' },
  { id: 'A08', city: 'Göteborg', language: 'en', education: 'Bachelor in Economics, University of Gothenburg', motivation: "I'd like to work in auditing or accounting, maybe at a Big Four firm.", pick: 'M08', why: 'auditing; M27 does accounting but does not take English' },
  { id: 'A09', city: 'Stockholm', fields: ['Ekonomi och finans'], education: 'Economics student at Stockholm University, interested in sustainable investing', motivation: 'I want to work with asset management and ESG.', pick: 'M09', why: 'Swedish student writing English; asset management, sustainable investing' },
  { id: 'A10', city: 'Göteborg', language: 'en', education: 'MSc Chemical Engineering, Chalmers', motivation: 'I want to work with battery technology and the recycling of batteries.', pick: 'M10', why: 'batteries and recycling, Swedish compounds on the mentor side' },
  { id: 'A11', city: 'Västerås', education: 'Civilingenjörsprogrammet i energisystem', motivation: 'Intresserad av förnybar energi, solkraft och elnätet.', pick: 'M11', why: 'renewables and the grid' },
  { id: 'A12', city: 'Malmö', education: 'Samhällsplanerarprogrammet', motivation: 'Jag vill jobba med stadsplanering och hållbar stadsutveckling i en kommun.', pick: 'M12', why: 'urban planning in a municipality' },
  { id: 'A13', city: 'Stockholm', language: 'en', fields: ['Offentlig sektor'], education: 'Political Science, Uppsala University', motivation: 'I want to work with public policy and EU affairs in the public sector.', pick: 'M13', why: 'policy and EU affairs, mentor writes Swedish' },
  { id: 'A14', city: 'Göteborg', education: 'Personalvetarprogrammet', motivation: 'Jag vill jobba med rekrytering och talent acquisition.', pick: 'M14', why: 'recruitment (rekrytering / rekryterare)' },
  { id: 'A15', city: 'Uppsala', education: 'Beteendevetenskapligt program', motivation: 'Ledarskap och arbetsmiljö intresserar mig, på sikt vill jag bli HR-chef.', pick: 'M15', why: 'leadership and work environment, HR manager' },
  { id: 'A16', city: 'Stockholm', language: 'en', education: "Master's in Marketing", motivation: 'I want to work with brand management and e-commerce in fashion.', pick: 'M16', why: 'brand, e-commerce, fashion retailer' },
  { id: 'A17', city: 'Göteborg', education: 'Medie- och kommunikationsvetenskap', motivation: 'Jag vill jobba med kriskommunikation eller på en PR-byrå.', pick: 'M17', why: 'crisis communication and PR' },
  { id: 'A18', city: 'Stockholm', education: 'Journalistprogrammet', motivation: 'Drömmen är att jobba med grävande journalistik på tv.', pick: 'M18', why: 'investigative journalism' },
  { id: 'A19', city: 'Umeå', education: 'Ämneslärarprogrammet med matematik', motivation: 'Jag vill bli lärare på gymnasiet och vet inte riktigt hur det är att jobba som det.', pick: 'M19', why: 'upper-secondary maths teacher' },
  { id: 'A20', city: 'Malmö', language: 'en', fields: ['Design och UX'], education: 'Human-Computer Interaction', motivation: 'I am interested in user research and service design.', pick: 'M20', why: 'UX research and service design' },
  { id: 'A21', city: 'Göteborg', education: 'Electrical engineering student at Chalmers', motivation: 'I want to work with telecom and 5G, maybe as a product owner.', pick: 'M21', why: 'Swedish student writing English; telecom, product owner' },
  { id: 'A22', city: 'Linköping', language: 'en', education: 'MSc in Cybersecurity', motivation: 'I want to work with information security and penetration testing.', pick: 'M22', why: 'security, not the other MSc holders' },
  { id: 'A23', city: 'Stockholm', fields: ['Entreprenörskap'], education: 'Civilekonomprogrammet', motivation: 'Jag vill starta eget inom fintech och lära mig om entreprenörskap.', pick: 'M23', why: 'founder in fintech' },
  { id: 'A24', city: 'Uppsala', language: 'en', education: "Master's in Molecular Biology", motivation: 'I want to go on to a PhD in cancer research.', pick: 'M24', why: 'molecular biology and cancer research' },
  { id: 'A25', city: 'Göteborg', education: 'Industriell ekonomi, Chalmers', motivation: 'Jag är intresserad av logistik, inköp och supply chain.', pick: 'M25', why: 'logistics and purchasing (M29 shares the education, not the interest)' },
  { id: 'A26', city: 'Lund', language: 'en', education: 'Environmental Science, Lund University', motivation: 'I want to work with circular economy and sustainability in retail.', pick: 'M26', why: 'circular economy at a retailer' },
  { id: 'A27', city: 'Stockholm', education: 'Ekonomprogrammet, inriktning redovisning', motivation: 'Vill jobba som controller, gärna i offentlig sektor.', pick: 'M27', why: 'accounting and controlling at an agency' },
  { id: 'A28', city: 'Stockholm', education: 'Sjuksköterskeprogrammet', motivation: 'Jag är intresserad av vårdutveckling och ledarskap i vården.', pick: 'M28', why: 'nurse turned care developer' },
  { id: 'A29', city: 'Göteborg', education: 'Industriell ekonomi, Chalmers', motivation: 'Jag funderar på att bli managementkonsult och jobba med strategi.', pick: 'M29', why: 'management consulting and strategy' },
  { id: 'A30', city: 'Stockholm', language: 'en', digital: true, education: 'Game development programme', motivation: 'I want to program games in C++ at a game studio.', pick: 'M30', why: 'game programming across languages' },
];

const common = {
  status: 'approved' as const,
  submittedAt: '2026-11-15T10:00:00.000Z',
  lastName: 'Eval',
  phone: '',
  issues: [] as string[],
};

export const EVAL_MENTORS: readonly Mentor[] = MENTORS.map((r) => ({
  ...common,
  id: r.id,
  role: 'mentor',
  firstName: r.id,
  email: `${r.id.toLowerCase()}@example.org`,
  city: r.city,
  digital: r.digital ?? false,
  fields: r.fields ?? [],
  wishes: r.wishes ?? '',
  organisation: r.organisation,
  field: r.field,
  education: r.education,
  acceptsEnglish: r.english,
  capacity: 1,
}));

export const EVAL_MENTEES: readonly Mentee[] = MENTEES.map((r) => ({
  ...common,
  id: r.id,
  role: 'mentee',
  firstName: r.id,
  email: `${r.id.toLowerCase()}@example.org`,
  city: r.city,
  digital: r.digital ?? false,
  fields: r.fields ?? [],
  wishes: r.wishes ?? '',
  education: r.education,
  motivation: r.motivation,
  expectations: r.expectations ?? '',
  contribution: r.contribution ?? '',
  language: r.language ?? 'sv',
}));

/** Mentee id -> the mentor a project group would pick, and why. */
export const EVAL_PICKS: ReadonlyMap<string, { mentorId: string; why: string }> = new Map(
  MENTEES.map((r) => [r.id, { mentorId: r.pick, why: r.why }]),
);
