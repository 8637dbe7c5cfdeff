import type { ParticipantCategory } from '../repositories/participant-repository';

export interface DemoPerson {
  firstName: string;
  lastName: string;
  email: string;
  category: ParticipantCategory;
  unit: string;
  dateOfBirth: string;
  fewerOpportunities?: boolean;
}

/** Learners and staff of the Essen VET school (names from across Europe, as in a real class). */
export const essenPeople: DemoPerson[] = [
  {
    firstName: 'Lena',
    lastName: 'Fischer',
    email: 'lena.fischer@rhein-ruhr.example',
    category: 'LEARNER',
    unit: 'Kfz-Mechatronik 2b',
    dateOfBirth: '2006-05-14',
  },
  {
    firstName: 'Jonas',
    lastName: 'Weiß',
    email: 'jonas.weiss@rhein-ruhr.example',
    category: 'LEARNER',
    unit: 'Kfz-Mechatronik 2b',
    dateOfBirth: '2006-11-02',
  },
  {
    firstName: 'Ayşe',
    lastName: 'Yılmaz',
    email: 'ayse.yilmaz@rhein-ruhr.example',
    category: 'LEARNER',
    unit: 'Elektronik 3a',
    dateOfBirth: '2005-08-21',
    fewerOpportunities: true,
  },
  {
    firstName: 'Łukasz',
    lastName: 'Żółć',
    email: 'lukasz.zolc@rhein-ruhr.example',
    category: 'LEARNER',
    unit: 'Elektronik 3a',
    dateOfBirth: '2005-02-09',
  },
  {
    firstName: 'Mia',
    lastName: 'Schröder',
    email: 'mia.schroeder@rhein-ruhr.example',
    category: 'LEARNER',
    unit: 'Hotelfach 2a',
    dateOfBirth: '2006-01-30',
  },
  {
    firstName: 'Dimitrios',
    lastName: 'Papadopoulos',
    email: 'dimitrios.p@rhein-ruhr.example',
    category: 'LEARNER',
    unit: 'Hotelfach 2a',
    dateOfBirth: '2005-12-12',
  },
  {
    firstName: 'Émilie',
    lastName: 'Lefèvre',
    email: 'emilie.lefevre@rhein-ruhr.example',
    category: 'LEARNER',
    unit: 'Kfz-Mechatronik 3b',
    dateOfBirth: '2004-09-03',
  },
  {
    firstName: 'Noah',
    lastName: 'Krüger',
    email: 'noah.krueger@rhein-ruhr.example',
    category: 'LEARNER',
    unit: 'Kfz-Mechatronik 3b',
    dateOfBirth: '2004-10-17',
    fewerOpportunities: true,
  },
  {
    firstName: 'Søren',
    lastName: 'Ødegård',
    email: 'soren.odegard@rhein-ruhr.example',
    category: 'LEARNER',
    unit: 'Elektronik 2a',
    dateOfBirth: '2006-03-25',
  },
  {
    firstName: 'Hannah',
    lastName: 'Groß',
    email: 'hannah.gross@rhein-ruhr.example',
    category: 'LEARNER',
    unit: 'Elektronik 2a',
    dateOfBirth: '2006-07-07',
  },
  {
    firstName: 'Thomas',
    lastName: 'Becker',
    email: 't.becker@rhein-ruhr.example',
    category: 'STAFF',
    unit: 'Fachbereich Kfz',
    dateOfBirth: '1978-04-18',
  },
  {
    firstName: 'Katarzyna',
    lastName: 'Nowak-Bäumer',
    email: 'k.nowak@rhein-ruhr.example',
    category: 'STAFF',
    unit: 'Fachbereich Elektro',
    dateOfBirth: '1983-06-01',
  },
  {
    firstName: 'Jörg',
    lastName: 'Özdemir',
    email: 'j.oezdemir@rhein-ruhr.example',
    category: 'STAFF',
    unit: 'Internationales',
    dateOfBirth: '1975-12-24',
  },
];

/** Staff and adult learners of the Kraków adult-education centre. */
export const krakowPeople: DemoPerson[] = [
  {
    firstName: 'Agnieszka',
    lastName: 'Wójcik',
    email: 'agnieszka.wojcik@ced-krakow.example',
    category: 'STAFF',
    unit: 'Języki obce',
    dateOfBirth: '1980-03-11',
  },
  {
    firstName: 'Paweł',
    lastName: 'Kamiński',
    email: 'pawel.kaminski@ced-krakow.example',
    category: 'STAFF',
    unit: 'Kompetencje cyfrowe',
    dateOfBirth: '1976-09-29',
  },
  {
    firstName: 'Zofia',
    lastName: 'Lewandowska',
    email: 'zofia.lewandowska@ced-krakow.example',
    category: 'STAFF',
    unit: 'Doradztwo',
    dateOfBirth: '1988-01-05',
  },
  {
    firstName: 'Michał',
    lastName: 'Dąbrowski',
    email: 'michal.dabrowski@ced-krakow.example',
    category: 'STAFF',
    unit: 'Dyrekcja',
    dateOfBirth: '1970-07-16',
  },
  {
    firstName: 'Grażyna',
    lastName: 'Szczepańska',
    email: 'grazyna.sz@ced-krakow.example',
    category: 'LEARNER',
    unit: 'Kurs cyfrowy 2026',
    dateOfBirth: '1967-02-20',
    fewerOpportunities: true,
  },
  {
    firstName: 'Tomasz',
    lastName: 'Zieliński',
    email: 'tomasz.zielinski@ced-krakow.example',
    category: 'LEARNER',
    unit: 'Kurs cyfrowy 2026',
    dateOfBirth: '1972-11-08',
  },
  {
    firstName: 'Ελένη',
    lastName: 'Παπαδοπούλου',
    email: 'eleni.p@ced-krakow.example',
    category: 'LEARNER',
    unit: 'Język polski B1',
    dateOfBirth: '1990-04-27',
  },
  {
    firstName: 'Ağça',
    lastName: 'Şen',
    email: 'agca.sen@ced-krakow.example',
    category: 'LEARNER',
    unit: 'Język polski B1',
    dateOfBirth: '1985-10-10',
  },
];
