/**
 * Tests of how the sidebar words a thrown error: Google's lock timeout (also the add-on's
 * program lease running out) becomes a calm message in the user's language, never the
 * English exception; other errors keep their text after the localised prefix.
 */
import { problemOf, problemText } from '../../sidebar/problem-text';

describe('problemText', () => {
  test('a lock timeout says someone else is changing the program, in the user’s language', () => {
    const thrown = new Error('Exception: Lock timeout: another process was holding the lock for too long.');
    expect(problemText(problemOf(thrown), 'sv')).toBe('Någon annan i gruppen, eller automatiken, ändrar i programmet just nu. Vänta en minut och försök igen.');
    expect(problemText(problemOf(new Error('Lock timeout: another process was holding the lock for too long.')), 'en')).toBe(
      'Someone else in the group, or the automation, is changing the program right now. Wait a minute and try again.',
    );
  });

  test('any other error keeps its text after the prefix', () => {
    expect(problemText(problemOf(new Error('Service unavailable')), 'sv')).toBe('Något gick fel: Service unavailable');
  });
});
