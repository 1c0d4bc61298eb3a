/**
 * This file defines the technology part of the bilingual term list: engineering, IT and
 * software, data and AI, energy and environment, and design. Each line is one concept, its
 * Swedish names left of the bar and its English names right of it, comma-separated; a name
 * may be a phrase. Words a line shares with another line belong to both concepts. Written
 * for this project and licensed with it (no third-party data); see term-list.ts for how the
 * lines are read and test/core/matching/term-list.test.ts for the checks every line passes.
 */
export const TECHNOLOGY_TERMS = `
mjukvaruutveckling, programvaruutveckling, systemutveckling, mjukvaruutvecklare, systemutvecklare, mjukvara, programvara | software development, software engineering, software developer, software engineer, software
utvecklare, programmerare | developer, programmer, coder
programmering, kodning, koda, programmera | programming, coding, code
backendutveckling, backend | backend, back end, backend development, server side
frontendutveckling, frontend, webbutveckling, webbutvecklare | frontend, front end, web development, web developer
fullstack | full stack, fullstack
apputveckling, mobilutveckling | app development, mobile development, ios, android
spelutveckling, spelutvecklare, spelindustrin, dataspel, spel | game development, game developer, games, gaming, game studio, video games
molntjänster, molnet, molnlösningar, molnplattform | cloud services, cloud, cloud computing, aws, azure
distribuerade system | distributed systems
infrastruktur, driftmiljö | infrastructure, devops, site reliability
inbyggda system, inbyggd programvara | embedded systems, embedded, embedded software, firmware
öppen källkod | open source
databaser, databas | databases, database, sql
arkitektur, systemarkitektur, mjukvaruarkitektur | software architecture, system architecture, architecture
testning, mjukvarutestning, kvalitetssäkring | testing, software testing, quality assurance, qa
it, informationsteknik, informationsteknologi | it, information technology
datateknik, datorteknik, datavetenskap, datavetare, datalogi | computer engineering, computer science, computing
systemvetenskap, systemvetare, informatik | information systems, informatics
digitalisering, digital transformation | digitalisation, digitalization, digital transformation
it-säkerhet, cybersäkerhet, informationssäkerhet, penetrationstester, penetrationstestning | cybersecurity, cyber security, information security, it security, penetration testing, infosec
säkerhet | security, safety
datornätverk, nätverksteknik | computer networks, network engineering
telekom, telekommunikation, mobilnät, 5g | telecom, telecommunications, mobile networks, 5g
produktägare | product owner
produktledning, produktchef | product management, product manager
agil, agila metoder, scrum | agile, scrum
data science | data science, data scientist
dataanalys, dataanalytiker, analytiker | data analysis, data analytics, data analyst, analytics
maskininlärning, ml | machine learning, ml
ai, artificiell intelligens | ai, artificial intelligence
djupinlärning, neurala nätverk | deep learning, neural networks
språkmodeller, språkteknologi, datorlingvistik | language models, llm, natural language processing, nlp, computational linguistics
datorseende, bildanalys | computer vision, image analysis
ai-etik, etisk ai | ai ethics, responsible ai, ethical ai
statistik, statistiker, matematisk statistik | statistics, statistician, mathematical statistics
matematik, tillämpad matematik | mathematics, maths, math, applied mathematics
optimering, operationsanalys | optimisation, optimization, operations research
datavisualisering, visualisering | data visualisation, data visualization, visualisation
big data, stordata | big data
business intelligence, bi, beslutsstöd | business intelligence, bi
data engineering | data engineering, data engineer
robotik, robotar, robot | robotics, robots, robot
automation, automatisering, automationsteknik | automation, industrial automation
reglerteknik | control engineering, control systems
elektronik, elektroteknik, elektroingenjör | electronics, electrical engineering, electrical engineer
maskinteknik, maskiningenjör | mechanical engineering, mechanical engineer
teknisk fysik, fysik, fysiker | engineering physics, physics, physicist
kvantteknologi, kvantteknik, kvantdatorer, kvantdator, kvantfysik | quantum technology, quantum computing, quantum computers, quantum physics
kemi, kemiteknik, kemist, kemiingenjör | chemistry, chemical engineering, chemist
materialteknik, material | materials science, materials engineering, materials
ingenjör, civilingenjör, högskoleingenjör, teknik | engineer, engineering
industriell ekonomi | industrial engineering and management, industrial economics
produktutveckling, produktutvecklare | product development
konstruktion, konstruktör | design engineering, mechanical design
tillverkning, produktion, industri, tillverkningsindustri | manufacturing, production, industrial
fordonsindustri, fordonsindustrin, fordon, bilindustrin, fordonsbranschen | automotive, automotive industry, vehicles, car industry, cars
elektrifiering, elbilar, elfordon | electrification, electric vehicles, ev
batterier, batteri, batteriteknik, batteriutveckling, battericeller | batteries, battery, battery technology, battery cells
flyg, flygindustri, rymd, rymdteknik | aerospace, aviation, space
försvar, försvarsindustri | defence, defense, defence industry
halvledare, mikroelektronik | semiconductors, microelectronics
sensorer, sensor | sensors, sensor
hållfasthet, mekanik | solid mechanics, mechanics
bygg, byggteknik, byggbranschen, byggindustri, byggnadsteknik, byggnad, byggnader, husbyggnad, byggingenjör | construction, building, construction industry, civil engineering
samhällsbyggnad, väg och vatten | civil engineering, urban development, infrastructure planning
arkitekt, byggnadsarkitekt | architect, architecture
fastigheter, fastighetsbranschen, fastighetsförvaltning | real estate, property, property management
logistik, supply chain, försörjningskedja, leveranskedja | logistics, supply chain, supply chain management
transport, transporter, godstransport | transport, transportation, freight
inköp, upphandling | purchasing, procurement, sourcing
kvalitet, kvalitetsarbete | quality, quality management
projektledning, projektledare, projektchef | project management, project manager
energi, energisystem, energiteknik | energy, energy systems, energy engineering
förnybar energi, förnybart | renewable energy, renewables
solenergi, solkraft, solceller, solparker | solar power, solar energy, solar, solar cells, solar parks
vindkraft | wind power, wind energy
vätgas | hydrogen
kärnkraft | nuclear power, nuclear energy
elnät, elnätet, kraftnät, elkraft | power grids, power grid, electricity grid, grid, power systems
energiomställning, omställning | energy transition, green transition
hållbarhet, hållbar utveckling, hållbart | sustainability, sustainable development, sustainable
miljö, miljöfrågor, miljövetenskap, miljövetare, miljöteknik | environment, environmental science, environmental, environmental engineering
klimat, klimatfrågor, klimatförändringar, klimatomställning | climate, climate change, climate action
cirkulär ekonomi, återvinning, återbruk | circular economy, recycling, reuse
vatten, vattenrening | water, water treatment
biologisk mångfald, ekologi | biodiversity, ecology
skog, skogsbruk, skogsindustri | forestry, forest industry
lantbruk, jordbruk, livsmedel | agriculture, farming, food, food industry
geografi, gis, geodata | geography, gis, geodata
design | design
ux, ux-design, användarupplevelse, användbarhet, ui, ui-design, gränssnittsdesign | ux, user experience, ux design, usability, ui, ui design, user interface
interaktionsdesign, människa-datorinteraktion, människa datorinteraktion | interaction design, human-computer interaction, human computer interaction, hci
användartester, användarforskning, användarstudier | user research, user testing, usability testing
tjänstedesign | service design
designsystem | design systems
grafisk design, grafisk formgivning, formgivare, formgivning | graphic design, graphic designer, visual design
industridesign | industrial design
tillgänglighet, tillgänglig design | accessibility, inclusive design
produktdesign | product design
arkitektur och design | architecture and design
`;
