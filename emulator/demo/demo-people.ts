/**
 * This file defines who the demo program's people are: common first and last names combined
 * at random (no real person's data), cities in Sweden and a few abroad, and phone numbers
 * from ranges reserved for fiction (Swedish 070-174 06 05 to 070-174 06 99, per the Swedish
 * Post and Telecom Authority) or libphonenumber's own example numbers, written in the many
 * ways people type them. Email addresses use only example.org and example.com.
 */
import type { Random } from './prng';

export const SWEDISH_FIRST = [
  'Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Sara', 'Anders', 'Emma', 'Per', 'Elin', 'Mikael',
  'Linnea', 'Oskar', 'Ida', 'Fredrik', 'Maja', 'Gustav', 'Hanna', 'Jonas', 'Ebba', 'Viktor', 'Sofia', 'Axel',
  'Klara', 'Nils', 'Alice', 'Filip', 'Wilma', 'Hugo', 'Frida', 'Emil', 'Amira', 'Mohammed', 'Ali', 'Fatima',
  'Leila', 'Yusuf', 'Åsa', 'Björn', 'Märta', 'Göran',
];
export const SWEDISH_LAST = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
  'Gustafsson', 'Pettersson', 'Jonsson', 'Lindberg', 'Lindström', 'Lindqvist', 'Berg', 'Holm', 'Sandberg',
  'Ek', 'Björk', 'Nyström', 'Lund', 'Forsberg', 'Hosseini', 'Khalil', 'Nguyen', 'Åberg', 'Öberg', 'Hedlund',
];
export const INTERNATIONAL_FIRST = [
  'James', 'Olivia', 'Priya', 'Wei', 'Lucas', 'Chloe', 'Aarav', 'Mei', 'Daniel', 'Sophie', 'Rahul', 'Yuki',
  'Carlos', 'Ana', 'Tom', 'Grace', 'Kofi', 'Amara', 'Ethan', 'Zoe', 'Lena', 'Mateo',
];
export const INTERNATIONAL_LAST = [
  'Smith', 'Brown', 'Patel', 'Chen', 'Garcia', 'Müller', 'Rossi', 'Kim', 'Singh', 'Wang', 'Okafor', 'Silva',
  'Dubois', 'Novak', 'Tanaka', "O'Brien", 'Kowalski', 'Haddad',
];

// Weighted: a name appears as often as people live there in the demo.
export const MENTOR_CITIES = [
  'Stockholm', 'Stockholm', 'Stockholm', 'Stockholm', 'Stockholm', 'Uppsala', 'Uppsala', 'Uppsala', 'Uppsala',
  'Göteborg', 'Göteborg', 'Göteborg', 'Malmö', 'Malmö', 'Linköping', 'Linköping', 'Umeå', 'Lund', 'Västerås',
  'Örebro',
];
export const MENTEE_CITIES = [
  'Uppsala', 'Uppsala', 'Uppsala', 'Uppsala', 'Uppsala', 'Uppsala', 'Stockholm', 'Stockholm', 'Stockholm',
  'Göteborg', 'Malmö', 'Linköping', 'Umeå', 'Lund', 'Västerås', 'Örebro',
];
export const ABROAD = ['Berlin', 'London', 'Oslo', 'Amsterdam', 'Helsinki'];

const ABROAD_PHONES = ['+44 7400 123456', '+49 1512 3456789', '+47 406 12 345', '+358 41 2345678'];

/** A fictional Swedish mobile number (070-174 06 05 ... 99) in one of the ways people write it. */
export function swedishPhone(random: Random): string {
  const last = String(random.int(605, 699)).padStart(4, '0');
  const [a, c] = [last.slice(0, 2), last.slice(2)];
  return random.pick([
    `070-174 ${a} ${c}`,
    `070174${last}`,
    `+46 70 174 ${a} ${c}`,
    `0046 70-174 ${a} ${c}`,
    `+4670174${last}`,
    `070 174 ${a} ${c}`,
  ]);
}

export function abroadPhone(random: Random): string {
  return random.pick(ABROAD_PHONES);
}

/** 'Åsa Öberg' → 'asa.oberg', for email addresses. */
export function emailLocalPart(first: string, last: string): string {
  const ascii = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '');
  return `${ascii(first)}.${ascii(last)}`;
}
