/**
 * This file defines the fields of work the demo program's people come from: for each, the
 * mentor's field and education, some invented employers, the mentee's programme and the
 * interests that make matches explainable ("both in data science"). Every organisation name
 * is invented for the demo; the universities are real institutions, not people.
 */

export interface Bilingual {
  sv: string;
  en: string;
}

export interface Domain {
  /** Indexes into DEFAULT_SHARED_FIELDS (both languages share the order). */
  shared: readonly number[];
  field: Bilingual;
  organisations: readonly string[];
  mentorEducation: readonly Bilingual[];
  menteeProgramme: readonly Bilingual[];
  interests: readonly Bilingual[];
}

const b = (sv: string, en: string): Bilingual => ({ sv, en });

export const DOMAINS: readonly Domain[] = [
  {
    shared: [0, 2],
    field: b('Mjukvaruutveckling', 'Software development'),
    organisations: ['Kodlunden AB', 'Molnviken Systems', 'Appskeppet AB'],
    mentorEducation: [b('Civilingenjör i datateknik, KTH', 'MSc in Computer Engineering, KTH'), b('Systemvetare, Uppsala universitet', 'BSc in Information Systems, Uppsala University')],
    menteeProgramme: [b('Civilingenjörsprogrammet i informationsteknologi', 'MSc programme in Information Technology'), b('Kandidatprogram i datavetenskap', "Bachelor's programme in Computer Science")],
    interests: [b('backendutveckling', 'backend development'), b('molntjänster', 'cloud services'), b('öppen källkod', 'open source'), b('spelutveckling', 'game development')],
  },
  {
    shared: [1, 14],
    field: b('Data science och AI', 'Data science and AI'),
    organisations: ['Datadalen Analys AB', 'Insiktsverket', 'Mönstra AI'],
    mentorEducation: [b('Teknisk fysik, Uppsala universitet', 'MSc in Engineering Physics, Uppsala University'), b('Matematisk statistik, Stockholms universitet', 'MSc in Mathematical Statistics, Stockholm University')],
    menteeProgramme: [b('Masterprogram i data science', "Master's programme in Data Science"), b('Kandidatprogram i statistik', "Bachelor's programme in Statistics")],
    interests: [b('maskininlärning', 'machine learning'), b('språkmodeller', 'language models'), b('datavisualisering', 'data visualisation'), b('AI-etik', 'AI ethics')],
  },
  {
    shared: [3],
    field: b('Ekonomi och finans', 'Finance'),
    organisations: ['Fyrvaktaren Kapital', 'Sälgö Sparbank', 'Kronholm Revision'],
    mentorEducation: [b('Civilekonom, Handelshögskolan', 'MSc in Business and Economics, Stockholm School of Economics'), b('Ekonomie kandidat, Lunds universitet', 'BSc in Economics, Lund University')],
    menteeProgramme: [b('Civilekonomprogrammet', 'Business and Economics programme'), b('Masterprogram i finans', "Master's programme in Finance")],
    interests: [b('hållbara investeringar', 'sustainable investing'), b('revision', 'auditing'), b('fintech', 'fintech'), b('riskanalys', 'risk analysis')],
  },
  {
    shared: [4],
    field: b('Juridik', 'Law'),
    organisations: ['Advokatfirman Ekdal & Strand', 'Rättsbyrån Norr', 'Exempelkommunens juridiska enhet'],
    mentorEducation: [b('Juristexamen, Uppsala universitet', 'Master of Laws, Uppsala University'), b('Juristexamen, Göteborgs universitet', 'Master of Laws, University of Gothenburg')],
    menteeProgramme: [b('Juristprogrammet', 'Law programme'), b('Masterprogram i internationell rätt', "Master's programme in International Law")],
    interests: [b('affärsjuridik', 'business law'), b('migrationsrätt', 'migration law'), b('dataskydd', 'data protection'), b('miljörätt', 'environmental law')],
  },
  {
    shared: [5, 14],
    field: b('Medicin och life science', 'Medicine and life science'),
    organisations: ['Cellvågen Biotech', 'Läkemedelsbolaget Exempla', 'Regionsjukhuset Exempelstad'],
    mentorEducation: [b('Läkarexamen, Karolinska institutet', 'Medical degree, Karolinska Institutet'), b('Apotekarexamen, Uppsala universitet', 'MSc in Pharmacy, Uppsala University')],
    menteeProgramme: [b('Biomedicinprogrammet', 'Biomedicine programme'), b('Apotekarprogrammet', 'Pharmacy programme')],
    interests: [b('läkemedelsutveckling', 'drug development'), b('kliniska studier', 'clinical trials'), b('bioinformatik', 'bioinformatics'), b('folkhälsa', 'public health')],
  },
  {
    shared: [6, 7],
    field: b('Energi och miljö', 'Energy and environment'),
    organisations: ['Nordljus Energi AB', 'Vindkraften Exempel', 'Klimatkollen Konsult'],
    mentorEducation: [b('Civilingenjör i energisystem, Uppsala universitet', 'MSc in Energy Systems, Uppsala University'), b('Miljövetare, Lunds universitet', 'BSc in Environmental Science, Lund University')],
    menteeProgramme: [b('Civilingenjörsprogrammet i energisystem', 'MSc programme in Energy Systems'), b('Masterprogram i hållbar utveckling', "Master's programme in Sustainable Development")],
    interests: [b('vätgas', 'hydrogen'), b('solenergi', 'solar power'), b('elnät', 'power grids'), b('cirkulär ekonomi', 'circular economy')],
  },
  {
    shared: [8],
    field: b('Journalistik och kommunikation', 'Journalism and communication'),
    organisations: ['Tidningen Exempelposten', 'Kommunikationsbyrån Ordet', 'Poddfabriken'],
    mentorEducation: [b('Journalistprogrammet, Södertörns högskola', 'Journalism programme, Södertörn University'), b('Medie- och kommunikationsvetenskap, Uppsala universitet', 'Media and Communication Studies, Uppsala University')],
    menteeProgramme: [b('Kandidatprogram i medie- och kommunikationsvetenskap', "Bachelor's programme in Media and Communication"), b('Journalistutbildning', 'Journalism programme')],
    interests: [b('grävande journalistik', 'investigative journalism'), b('kriskommunikation', 'crisis communication'), b('podcasting', 'podcasting'), b('faktagranskning', 'fact-checking')],
  },
  {
    shared: [9],
    field: b('Undervisning och utbildning', 'Teaching and education'),
    organisations: ['Exempelgymnasiet', 'Lärlabbet AB', 'Folkhögskolan i Exempelby'],
    mentorEducation: [b('Ämneslärarexamen, Uppsala universitet', 'Teaching degree, Uppsala University'), b('Fil. dr i pedagogik, Umeå universitet', 'PhD in Education, Umeå University')],
    menteeProgramme: [b('Ämneslärarprogrammet', 'Teacher education programme'), b('Masterprogram i pedagogik', "Master's programme in Education")],
    interests: [b('digitalt lärande', 'digital learning'), b('specialpedagogik', 'special education'), b('vuxenutbildning', 'adult education'), b('skolutveckling', 'school development')],
  },
  {
    shared: [10, 4],
    field: b('Offentlig sektor', 'Public sector'),
    organisations: ['Myndigheten för exempeldata', 'Exempelkommunen', 'Länsstyrelsen i Exempellän'],
    mentorEducation: [b('Statsvetenskap, Uppsala universitet', 'Political Science, Uppsala University'), b('Samhällsplanering, Stockholms universitet', 'Urban Planning, Stockholm University')],
    menteeProgramme: [b('Politices kandidatprogram', "Bachelor's programme in Political Science"), b('Samhällsplanerarprogrammet', 'Urban and Regional Planning programme')],
    interests: [b('policyanalys', 'policy analysis'), b('stadsplanering', 'urban planning'), b('digital förvaltning', 'digital government'), b('EU-frågor', 'EU affairs')],
  },
  {
    shared: [11, 0],
    field: b('Design och UX', 'Design and UX'),
    organisations: ['Formgården Studio', 'Användbart AB', 'Pixelporten'],
    mentorEducation: [b('Interaktionsdesign, Malmö universitet', 'Interaction Design, Malmö University'), b('Människa-datorinteraktion, Uppsala universitet', 'Human-Computer Interaction, Uppsala University')],
    menteeProgramme: [b('Masterprogram i människa-datorinteraktion', "Master's programme in Human-Computer Interaction"), b('Kandidatprogram i grafisk design', "Bachelor's programme in Graphic Design")],
    interests: [b('tillgänglighet', 'accessibility'), b('användartester', 'user research'), b('tjänstedesign', 'service design'), b('designsystem', 'design systems')],
  },
  {
    shared: [12],
    field: b('HR och ledarskap', 'HR and leadership'),
    organisations: ['Personalkraft Exempel AB', 'Ledarverkstaden', 'Talangtorget'],
    mentorEducation: [b('Personalvetarprogrammet, Uppsala universitet', 'Human Resource Management, Uppsala University'), b('Organisationspsykologi, Stockholms universitet', 'Organisational Psychology, Stockholm University')],
    menteeProgramme: [b('Personalvetarprogrammet', 'Human Resource Management programme'), b('Psykologprogrammet', 'Psychology programme')],
    interests: [b('rekrytering', 'recruitment'), b('arbetsmiljö', 'work environment'), b('ledarskap', 'leadership'), b('mångfald och inkludering', 'diversity and inclusion')],
  },
  {
    shared: [13, 15],
    field: b('Handel och marknadsföring', 'Retail and marketing'),
    organisations: ['Butikskedjan Exempla', 'Varumärkesverket', 'E-handelshuset Nord'],
    mentorEducation: [b('Marknadsföring, Handelshögskolan i Göteborg', 'Marketing, School of Business, Economics and Law, Gothenburg'), b('Ekonomie kandidat, Linköpings universitet', 'BSc in Business, Linköping University')],
    menteeProgramme: [b('Kandidatprogram i företagsekonomi', "Bachelor's programme in Business Administration"), b('Masterprogram i marknadsföring', "Master's programme in Marketing")],
    interests: [b('e-handel', 'e-commerce'), b('varumärkesbyggande', 'brand building'), b('konsumentbeteende', 'consumer behaviour'), b('hållbar handel', 'sustainable retail')],
  },
  {
    shared: [7, 6],
    field: b('Teknik och industri', 'Engineering and industry'),
    organisations: ['Verkstadsbolaget Exempel', 'Robotlunden AB', 'Stålviken Industri'],
    mentorEducation: [b('Civilingenjör i maskinteknik, Linköpings universitet', 'MSc in Mechanical Engineering, Linköping University'), b('Högskoleingenjör i elektroteknik', 'BSc in Electrical Engineering')],
    menteeProgramme: [b('Civilingenjörsprogrammet i maskinteknik', 'MSc programme in Mechanical Engineering'), b('Civilingenjörsprogrammet i elektroteknik', 'MSc programme in Electrical Engineering')],
    interests: [b('automation', 'automation'), b('produktutveckling', 'product development'), b('batteriteknik', 'battery technology'), b('logistik', 'logistics')],
  },
];
