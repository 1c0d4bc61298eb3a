/**
 * This file defines the business part of the bilingual term list: economics and finance,
 * law, HR and leadership, marketing, retail and communication, consulting and
 * entrepreneurship. Same format as terms-technology.ts (one concept a line, Swedish | English,
 * comma-separated names and phrases). Written for this project and licensed with it.
 */
export const BUSINESS_TERMS = `
ekonomi, ekonom, företagsekonomi, civilekonom, ekonomie, handelshögskolan, civilekonomprogrammet, ekonomprogrammet | economics, economist, business administration, business economics, business, school of economics, business school
nationalekonomi, nationalekonom | economics, economist, macroeconomics, microeconomics
finans, finansiering, finansbranschen | finance, financial, financial services
bank, bankväsende, banker | banking, bank, banks
kapitalförvaltning, förvaltning av kapital, fondförvaltning, förmögenhetsförvaltning | asset management, fund management, wealth management, portfolio management
investeringar, investera, investerare | investment, investments, investing, investor
hållbara investeringar, hållbar finans, esg | sustainable investing, sustainable investment, sustainable finance, esg, impact investing
riskhantering, riskanalys, risk | risk management, risk analysis, risk
kreditrisk, kreditanalys, krediter | credit risk, credit analysis, credit
försäkring, försäkringar, försäkringsbranschen | insurance
aktier, aktiemarknaden, börsen | equities, stock market, stocks
fintech | fintech, financial technology
betalningar, betallösningar | payments
redovisning, redovisningsekonom, bokföring | accounting, bookkeeping, financial accounting
revision, revisor, revisionsbyrå, granskning | auditing, audit, auditor, audit firm
controlling, controller, ekonomistyrning | controlling, financial controller, controller, management control
finansiell rapportering, rapportering, ifrs | financial reporting, reporting, ifrs
skatt, skatter, skatterätt, beskattning | tax, taxation, tax law
budget, budgetering, prognoser | budgeting, budget, forecasting
ekonomichef, cfo, finanschef | cfo, finance director, chief financial officer
affärsutveckling, affärsutvecklare | business development, business developer
verksamhetsutveckling, verksamhetsutvecklare, processutveckling | business development, organisational development, process improvement, operations development
strategi, strategiarbete, strategisk | strategy, strategic
konsult, konsulter, konsultbolag, konsultbranschen | consultant, consulting, consultancy
managementkonsult, managementkonsulting, ledningskonsult | management consultant, management consulting
entreprenörskap, entreprenör, starta eget, starta företag, eget företag, egenföretagare | entrepreneurship, entrepreneur, founder, starting a company, own business, self-employed
startup, startups, startupbolag, uppstartsbolag | startup, startups, start-up, start-ups
innovation, innovationer | innovation
riskkapital | venture capital, vc
försäljning, säljare, sälj, key account | sales, salesperson, account manager, key account
marknadsföring, marknadsförare, marknad | marketing, marketer, market
digital marknadsföring, onlinemarknadsföring | digital marketing, online marketing, performance marketing
varumärke, varumärken, varumärkesbyggande, varumärkesstrategi | brand, brands, branding, brand building, brand management, brand strategy
konsumentbeteende, konsumenter | consumer behaviour, consumer behavior, consumers
marknadsanalys, marknadsundersökningar | market research, market analysis
handel, detaljhandel, butik, butiker, handeln | retail, trade, commerce, store, stores
e-handel, näthandel | e-commerce, ecommerce, online retail
hållbar handel | sustainable retail, sustainable commerce
mode, modebranschen, kläder | fashion, fashion industry, clothing
sociala medier | social media
kommunikation, kommunikatör, kommunikationschef | communication, communications, communicator, communications manager
kriskommunikation | crisis communication, crisis communications
pr, public relations, presskontakter | pr, public relations, press relations
strategisk kommunikation, intern kommunikation | strategic communication, internal communication
reklam, reklambyrå | advertising, advertising agency
journalistik, journalist, journalister, reporter, reportage | journalism, journalist, journalists, reporter, reporting
grävande journalistik, granskande journalistik | investigative journalism, investigative reporting
faktagranskning | fact-checking, fact checking
media, medier, mediebranschen, medieproduktion | media, media industry, media production
medie- och kommunikationsvetenskap, medievetenskap | media and communication studies, media studies
tv, television | tv, television, broadcasting
radio, podd, poddar, podcast | radio, podcast, podcasting, podcasts
förlag, förlagsbranschen | publishing
översättning, översättare, tolk | translation, translator, interpreter
juridik, juridisk, jurist, juristexamen, rättsvetenskap, juristprogrammet | law, legal, lawyer, jurist
advokat, advokatbyrå, advokatfirma, biträdande jurist | attorney, lawyer, law firm, associate
affärsjuridik, affärsjurist, bolagsrätt, associationsrätt | business law, corporate law, commercial law, corporate lawyer
företagsförvärv, förvärv, m&a, fusioner | mergers and acquisitions, m&a, acquisitions
avtalsrätt, avtal, kontrakt | contract law, contracts
immaterialrätt, patent, upphovsrätt, varumärkesrätt | intellectual property, ip, patents, copyright, trademark law
migrationsrätt, migration, asylrätt, asyl, asylfrågor, migrationsfrågor | migration law, immigration law, migration, asylum, asylum law, refugees
förvaltningsrätt, offentlig rätt | administrative law, public law
dataskydd, gdpr, integritet, personuppgifter | data protection, gdpr, privacy
miljörätt | environmental law
arbetsrätt | employment law, labour law, labor law
straffrätt, brottmål, åklagare, försvarsadvokat | criminal law, prosecutor, defence lawyer
internationell rätt, folkrätt, mänskliga rättigheter | international law, public international law, human rights
eu-rätt, europarätt | eu law, european law
domstol, domare, domstolsväsendet | court, courts, judge, judiciary
compliance, regelefterlevnad | compliance, regulatory compliance
hr, personalfrågor, personalvetare, personalvetarprogrammet, personalvetenskap, hr-partner | hr, human resources, human resource management, hr partner, hr business partner
rekrytering, rekryterare, talent acquisition, kompetensförsörjning | recruitment, recruiting, recruiter, talent acquisition, hiring
ledarskap, ledare, chef, chefer, chefskap | leadership, leader, manager, management
organisationsutveckling, förändringsledning | organisational development, organizational development, change management
arbetsmiljö, arbetsmiljöfrågor | work environment, working environment, occupational health
mångfald, inkludering, jämställdhet | diversity, inclusion, diversity and inclusion, equality, gender equality
kompetensutveckling, utbildning av personal | learning and development, talent development, training
organisationspsykologi, arbetspsykologi | organisational psychology, organizational psychology, work psychology
beteendevetenskap, beteendevetare | behavioural science, behavioral science, behavioural scientist
psykologi, psykolog, psykologprogrammet | psychology, psychologist
lön, löner, lönesättning, förmåner | compensation, pay, benefits, payroll
fackförbund, fack | trade union, union
hr-chef, personalchef | hr manager, head of hr, hr director
`;
