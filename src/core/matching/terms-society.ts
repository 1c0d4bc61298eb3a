/**
 * This file defines the society part of the bilingual term list: medicine and health, life
 * science, the public sector, education, research and the humanities. Same format as
 * terms-technology.ts (one concept a line, Swedish | English). Written for this project
 * and licensed with it.
 */
export const SOCIETY_TERMS = `
medicin, medicinsk, medicinare | medicine, medical
läkare, läkarprogrammet, läkarexamen, läkarstudent | doctor, physician, medical doctor, medical degree, medical student
allmänmedicin, allmänläkare, distriktsläkare, vårdcentral | general practice, general practitioner, gp, primary care, family medicine
sjukvård, vård, hälso- och sjukvård, vården | healthcare, health care, care, health services
sjukhus, sjukhuset, akutsjukhus | hospital, hospitals
sjuksköterska, sjuksköterskor, sjuksköterskeprogrammet, omvårdnad | nurse, nursing, nurses
vårdutveckling, verksamhetsutveckling inom vården, kvalitetsutveckling i vården | healthcare development, care development, healthcare improvement
folkhälsa, folkhälsoarbete, folkhälsovetenskap | public health
hälsa, hälsovetenskap | health, health sciences
psykiatri, psykisk hälsa, psykisk ohälsa | psychiatry, mental health
kirurgi, kirurg | surgery, surgeon
barnmedicin, pediatrik | paediatrics, pediatrics
onkologi, cancer, cancerforskning | oncology, cancer, cancer research
fysioterapi, sjukgymnast, fysioterapeut | physiotherapy, physical therapy, physiotherapist
tandvård, tandläkare | dentistry, dentist, dental care
farmaci, apotekare, apotek, receptarie, apotekarprogrammet, apotekarexamen | pharmacy, pharmacist
läkemedel, läkemedelsindustri, läkemedelsbolag, läkemedelsbranschen | pharmaceuticals, pharma, pharmaceutical industry, drugs
läkemedelsutveckling | drug development, pharmaceutical development, drug discovery
läkemedelsutveckling, läkemedel | drug development, pharmaceuticals
kliniska prövningar, kliniska studier, klinisk forskning | clinical trials, clinical studies, clinical research
life science, livsvetenskap | life science, life sciences
bioteknik, biotech, bioteknikbolag | biotechnology, biotech
biomedicin, biomedicinare, biomedicinprogrammet | biomedicine, biomedical science, biomedical
molekylärbiologi, molekylär biologi, cellbiologi | molecular biology, cell biology
biologi, biolog | biology, biologist
genetik, genomik | genetics, genomics
bioinformatik | bioinformatics, computational biology
immunologi | immunology
neurovetenskap | neuroscience
epidemiologi | epidemiology
medicinteknik, medicintekniska produkter | medical technology, medtech, medical devices
e-hälsa, digital vård | digital health, ehealth, e-health
nutrition, kost, dietist | nutrition, dietitian
veterinär, djursjukvård | veterinary, veterinarian
socialt arbete, socionom, socialtjänst | social work, social worker, social services
äldreomsorg, omsorg | elderly care, social care
offentlig sektor, offentliga sektorn, det offentliga | public sector
myndighet, myndigheter, statlig förvaltning, staten | government agency, agencies, government authority, civil service
kommun, kommuner, kommunal, kommunen | municipality, municipalities, local government, city council
region, regioner, landsting | region, regional government, county council
offentlig förvaltning, förvaltning | public administration, administration
digital förvaltning, e-förvaltning | digital government, e-government
policy, policyarbete, policyanalys, policyfrågor | policy, public policy, policy analysis, policy work
politik, politiker, politisk | politics, politician, political
statsvetenskap, statsvetare, politices | political science, political scientist, politics
utredare, utredning, utredningar | investigator, analyst, inquiry, policy analyst
eu-frågor, eu, europeiska unionen, eu-politik | eu affairs, eu, european union, eu policy
internationella relationer, internationella frågor, utrikespolitik | international relations, international affairs, foreign policy
bistånd, utvecklingssamarbete, ngo, ideell sektor, civilsamhället | development aid, international development, ngo, non-profit, civil society
diplomati, diplomat, utrikesförvaltningen | diplomacy, diplomat, foreign service
stadsplanering, stadsplanerare, samhällsplanering, samhällsplanerare, fysisk planering | urban planning, city planning, urban planner, spatial planning
stadsutveckling, hållbar stadsutveckling | urban development, sustainable urban development
regional utveckling | regional development
trafikplanering, kollektivtrafik | transport planning, public transport
polis, polisen | police
försvarsmakten, militär | armed forces, military
undervisning, undervisa, lärare, lärarexamen, lärarutbildning, ämneslärare, ämneslärarprogrammet | teaching, teacher, teachers, teacher education, teaching degree
gymnasiet, gymnasielärare, gymnasieskola | upper secondary school, high school, secondary school teacher
grundskola, grundskolelärare, mellanstadiet, högstadiet | primary school, compulsory school, elementary school
förskola, förskollärare | preschool, preschool teacher
pedagogik, pedagog, didaktik | education, pedagogy, educational science, didactics
specialpedagogik, specialpedagog | special education, special needs education
vuxenutbildning, folkhögskola | adult education, folk high school
skolutveckling | school development, school improvement
digitalt lärande, e-lärande, edtech | digital learning, e-learning, edtech
studie- och yrkesvägledning, studievägledare | career guidance, study counselling
forskning, forskare, forska, forskningen | research, researcher, researchers
forskarutbildning, doktorandtjänst, doktorandstudier | phd student, doctoral student, doctoral studies, phd position
akademi, akademin, akademisk, universitetslektor, lektor | academia, academic, lecturer, senior lecturer, university teacher
forskningsfinansiering, forskningsansökningar | research funding, grant writing
humaniora, historia, filosofi, litteratur, språk | humanities, history, philosophy, literature, languages
lingvistik, språkvetenskap | linguistics
kultur, kultursektorn, museum, museer | culture, cultural sector, museum, museums
konst, konstnär | art, artist
musik, musiker | music, musician
film, filmproduktion | film, film production
sociologi, sociolog | sociology, sociologist
antropologi | anthropology
kriminologi | criminology
genusvetenskap, genus | gender studies, gender
turism, besöksnäring, hotell | tourism, hospitality, hotels
idrott, sport | sports, sport
arkeologi | archaeology
`;
