/**
 * This file defines how the text a person typed into a form is read back from the form
 * itself. The response sheet holds answers as Sheets stores them, so a number-like answer
 * ('+12025550143', '007', '1,5', a long digit string) may be a number there; the form's own
 * responses keep every answer as the typed string (ItemResponse.getResponse: a String, a
 * String[] for checkbox items). FormApp calls are slow, so only the answers asked for are
 * read: the response is found by its position (raw row n is normally response n - 2) and
 * checked by its timestamp, scanning all timestamps only when rows were moved or deleted.
 */
import type { TypedAnswerQuery } from '../app/ports';

type FormResponse = GoogleAppsScript.Forms.FormResponse;

const second = (ms: number) => Math.floor(ms / 1000);

function openFormOrNull(formId: string): GoogleAppsScript.Forms.Form | null {
  try {
    return FormApp.openById(formId);
  } catch {
    return null;
  }
}

/** The typed answers of each queried row, by question title ('' for a question left blank). */
export function typedAnswers(formId: string, queries: readonly TypedAnswerQuery[]): Map<number, Record<string, string>> {
  const out = new Map<number, Record<string, string>>();
  if (queries.length === 0) return out;
  const form = openFormOrNull(formId);
  if (!form) return out;
  const responses = form.getResponses();
  const items = new Map<string, GoogleAppsScript.Forms.Item>();
  const wanted = new Set(queries.flatMap((q) => q.titles));
  for (const item of form.getItems()) {
    const title = item.getTitle();
    if (wanted.has(title) && !items.has(title)) items.set(title, item);
  }
  let byTime: Map<number, FormResponse[]> | null = null;
  const taken = new Set<FormResponse>();
  const find = (query: TypedAnswerQuery): FormResponse | undefined => {
    const guess = responses[query.row - 2];
    if (guess && !taken.has(guess) && second(guess.getTimestamp().getTime()) === second(query.timestampMs)) return guess;
    if (!byTime) {
      byTime = new Map();
      for (const r of responses) {
        const key = second(r.getTimestamp().getTime());
        byTime.set(key, [...(byTime.get(key) ?? []), r]);
      }
    }
    return byTime.get(second(query.timestampMs))?.find((r) => !taken.has(r));
  };
  for (const query of queries) {
    const response = find(query);
    if (!response) continue;
    taken.add(response);
    const answers: Record<string, string> = {};
    for (const title of query.titles) {
      const item = items.get(title);
      if (!item) continue;
      const answer = response.getResponseForItem(item)?.getResponse();
      answers[title] = Array.isArray(answer) ? answer.join(', ') : answer === undefined || answer === null ? '' : String(answer);
    }
    out.set(query.row, answers);
  }
  return out;
}
