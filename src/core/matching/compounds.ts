/**
 * This file defines Swedish compound splitting. Swedish writes "batteriutveckling" where
 * English writes "battery development", so a mentee's "batterier" and a mentor's
 * "batteriutveckling" share nothing as whole words. A compound is split where both halves
 * are words the round itself uses or field words of the term list, allowing for the joining
 * letters Swedish puts between parts: -s- ("läkemedels|utveckling"), -e- ("tjänste|design"),
 * and -u/-o for a final -a ("mjukvaru|utveckling" from "mjukvara", "kvinno|" from "kvinna").
 * Parts are compared by their Swedish root, so a part may also lack its final -a or -e
 * ("skol|utveckling"). The longest head that works is taken first, and a tail may itself be
 * split once ("mjukvaru|utvecklings|team"); both halves must be known words, so a word is
 * never cut into fragments ("kommunikation" stays whole).
 */

/** Shortest word worth splitting, and shortest part. */
const MIN_WORD = 7;
const MIN_PART = 3;

/** The forms a head may have had before it joined the tail. */
function headForms(head: string): string[] {
  // The form without a joining letter first, so a part is returned as the dictionary has it.
  const forms: string[] = [];
  const last = head.charAt(head.length - 1);
  const stem = head.slice(0, -1);
  if (stem.length >= MIN_PART) {
    if (last === 's' || last === 'e') forms.push(stem);
    if (last === 'u' || last === 'o') forms.push(`${stem}a`);
  }
  forms.push(head);
  return forms;
}

/**
 * The parts of a lower-cased word (as the round wrote them, the head in its dictionary
 * form), or null when it is no compound of known parts. `isPart` says whether a string is
 * a known word.
 */
export function splitCompound(word: string, isPart: (part: string) => boolean, depth = 1): string[] | null {
  if (word.length < MIN_WORD && depth === 1) return null;
  let tailSplit: string[] | null = null;
  for (let k = word.length - MIN_PART; k >= MIN_PART; k--) {
    const tail = word.slice(k);
    const head = headForms(word.slice(0, k)).find((h) => h.length >= MIN_PART && isPart(h));
    if (head === undefined) continue;
    if (isPart(tail)) return [head, tail];
    if (depth > 0 && tailSplit === null && tail.length >= 2 * MIN_PART) {
      const rest = splitCompound(tail, isPart, depth - 1);
      if (rest !== null) tailSplit = [head, ...rest];
    }
  }
  return tailSplit;
}
