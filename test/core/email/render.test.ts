/**
 * This file tests the email core's templates: every default in both languages is valid
 * and renders without a leftover placeholder; values are escaped in the HTML part and can
 * add neither a header nor structure; an unknown placeholder is refused with a suggestion.
 */
import {
  defaultTemplate,
  EMAIL_KINDS,
  type EmailPerson,
  headerSafe,
  placeholderValues,
  problemText,
  renderEmail,
  safeRecipient,
  validateTemplate,
} from '../../../src/core/email';
import { fixtureSettings } from '../program/settings-fixture';

const mentor: EmailPerson = {
  id: 'M-1',
  role: 'mentor',
  firstName: 'Åsa',
  lastName: 'Ek',
  email: 'asa@example.se',
  phone: '+46701234567',
  city: 'Umeå',
  organisation: 'Ek & Söner <AB>',
  field: 'Mjukvara',
};
const mentee: EmailPerson = {
  id: 'A-1',
  role: 'mentee',
  firstName: 'Bo\r\nBcc: evil@x.se',
  lastName: '<script>alert(1)</script>',
  email: 'bo@student.se',
  phone: '',
  city: 'Lund',
  education: 'Data "och" AI',
};

function values(language: 'sv' | 'en', recipient = mentee) {
  return placeholderValues({
    settings: fixtureSettings(),
    language,
    recipient,
    pair: { pairId: 'P-1', mentor, mentee, why: 'Båda inom mjukvara.\nSamma stad? Nej.' },
    checkin: { link: 'https://docs.google.com/forms/d/e/abc/viewform?entry.1=P-1', closes: '1 mars 2027' },
  });
}

describe('default templates', () => {
  for (const language of ['sv', 'en'] as const) {
    for (const kind of EMAIL_KINDS) {
      test(`${kind} (${language}) is valid and renders every placeholder`, () => {
        const template = defaultTemplate(kind, language);
        expect(validateTemplate(kind, template.subject, template.body)).toEqual([]);
        const result = renderEmail(template, values(language));
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        expect(result.email.text).not.toContain('{{');
        expect(result.email.html).not.toContain('{{');
        expect(result.email.subject).not.toMatch(/[\r\n]/);
      });
    }
  }
});

describe('escaping and safety', () => {
  test('a name cannot add a header, HTML or structure', () => {
    const result = renderEmail(defaultTemplate('match-mentor', 'sv'), values('sv', mentor));
    if (!result.ok) throw new Error('refused');
    const { subject, html, text } = result.email;
    expect(subject).toBe('Din adept i Mentorprogrammet 2026: Bo Bcc: evil@x.se <script>alert(1)</script>');
    expect(subject).not.toMatch(/[\r\n]/);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Data &quot;och&quot; AI');
    // The plain-text part keeps the text as typed (it is never interpreted).
    expect(text).toContain('<script>alert(1)</script>');
    // A line break inside a value is a soft break, not a new bullet or paragraph.
    expect(html).toContain('Båda inom mjukvara.<br>Samma stad? Nej.');
  });

  test('bullets, paragraphs and links come only from the template', () => {
    const result = renderEmail(
      { kind: 'checkin', subject: 'Hej', body: 'Hej {{person.firstName}}!\n\n- ett\n- två {{checkin.link}}\n\nSe https://example.se/a.' },
      { ...values('sv'), 'person.firstName': '- https://evil.example/x' },
    );
    if (!result.ok) throw new Error('refused');
    expect(result.email.html).toContain('<p style="margin:0 0 12px">Hej - https://evil.example/x!</p>');
    expect(result.email.html).toContain('<li>ett</li><li>två <a href="https://docs.google.com/forms/d/e/abc/viewform?entry.1=P-1">');
    expect(result.email.html).toContain('Se <a href="https://example.se/a">https://example.se/a</a>.');
    expect(result.email.html).not.toContain('href="https://evil');
  });

  test('headerSafe strips every control character and caps the length', () => {
    expect(headerSafe('a\u0000b\tc\u2028d\u0085e')).toBe('a b c d e');
    expect(headerSafe('x'.repeat(300)).length).toBe(200);
  });

  test('a recipient is one valid address', () => {
    expect(safeRecipient(' Ann@Example.SE ')).toBe('ann@example.se');
    expect(safeRecipient('a@x.se, b@y.se')).toBeNull();
    expect(safeRecipient('a@x.se\r\nBcc: b@y.se')).toBeNull();
    expect(safeRecipient('anna@gmail')).toBeNull();
  });
});

describe('validation', () => {
  test('an unknown placeholder is named with a suggestion, in both languages', () => {
    const problems = validateTemplate('match-mentee', 'Hej {{mentor.frstName}}', 'Text {{mentee.emial}} {{foo}} {{mentor.phone');
    expect(problems).toEqual([
      { code: 'unknownPlaceholder', field: 'subject', name: 'mentor.frstName', suggestion: 'mentor.firstName' },
      { code: 'unknownPlaceholder', field: 'body', name: 'mentee.emial', suggestion: 'mentee.email' },
      { code: 'unknownPlaceholder', field: 'body', name: 'foo', suggestion: null },
      { code: 'unclosedPlaceholder', field: 'body', near: '{{mentor.phone' },
    ]);
    expect(problemText(problems[0]!, 'sv')).toBe('Ämne: fältet {{mentor.frstName}} finns inte. Menade du {{mentor.firstName}}?');
    expect(problemText(problems[1]!, 'en')).toBe('Body: there is no field {{mentee.emial}}. Did you mean {{mentee.email}}?');
  });

  test('pair placeholders are refused in a kind without a pair', () => {
    const problems = validateTemplate('application-received', 'Hej', '{{mentor.firstName}}');
    expect(problems.map((p) => (p.code === 'unknownPlaceholder' ? p.name : p.code))).toEqual(['mentor.firstName']);
    expect(renderEmail({ kind: 'application-received', subject: 'x', body: '{{mentor.firstName}}' }, values('sv')).ok).toBe(false);
  });
});
