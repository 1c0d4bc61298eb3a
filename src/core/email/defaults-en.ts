/**
 * This file defines the English default texts of every email, with the same content as
 * the Swedish ones for participants who take part in English. They are written to the
 * Templates sheet on first use, where the group edits them.
 */
import type { EmailKind } from './kinds';

const SIGNATURE = `Warm regards,
{{contact.name}}, contact person
The {{program.name}} project group`;

const QUESTIONS = 'If you have any questions, contact {{contact.name}} at {{contact.email}}, or simply reply to this email.';

export const EN_DEFAULTS: Record<EmailKind, { subject: string; body: string }> = {
  'application-received': {
    subject: 'We have received your application to {{program.name}}',
    body: `Hi {{person.firstName}},

Thank you for applying to {{program.name}}. We have received your application and are glad you want to take part.

What happens next:
- The project group reviews every application and matches mentors and mentees.
- You will get an email telling you who you have been matched with.
- The program starts with a joint kickoff meeting on {{kickoff.when}}.

If you want to change anything in your application, fill in the form again with the same email address and we will update it.

${QUESTIONS}

${SIGNATURE}`,
  },
  'application-updated': {
    subject: 'We have updated your application to {{program.name}}',
    body: `Hi {{person.firstName}},

We have received your changes and updated your application to {{program.name}}. This latest version is the one we will use for matching.

${QUESTIONS}

${SIGNATURE}`,
  },
  'match-mentee': {
    subject: 'Your mentor in {{program.name}}: {{mentor.fullName}}',
    body: `Hi {{mentee.firstName}},

The matching is done, and we are happy to introduce your mentor:

- Name: {{mentor.fullName}}
- Organisation: {{mentor.organisation}}
- Field of work: {{mentor.field}}
- City: {{mentor.city}}
- Email: {{mentor.email}}
- Phone: {{mentor.phone}}

Why the two of you? {{match.why}}

You are the one who makes the first contact. Get in touch with {{mentor.firstName}} within a week and suggest a first meeting.

A few tips for the first contact:
- Introduce yourself briefly: what you study and what you hope to get out of the program.
- Suggest two or three times, and whether you would like to meet in person or online.
- Think about what you would like to talk about, such as career choices, working life or your degree project.
- Be clear about what you are hoping for, and ask what {{mentor.firstName}} expects.

We recommend two to three meetings during the program, but the two of you decide how and how often you meet. At the kickoff meeting on {{kickoff.when}} ({{kickoff.place}}) we will tell you more.

These contact details are for the two of you, so please do not pass them on.

${QUESTIONS}

Good luck!
{{contact.name}}, contact person
The {{program.name}} project group`,
  },
  'match-mentor': {
    subject: 'Your mentee in {{program.name}}: {{mentee.fullName}}',
    body: `Hi {{mentor.firstName}},

Thank you for volunteering as a mentor in {{program.name}}. The matching is done, and your mentee is:

- Name: {{mentee.fullName}}
- Education and interests: {{mentee.education}}
- City: {{mentee.city}}
- Email: {{mentee.email}}
- Phone: {{mentee.phone}}

Why the two of you? {{match.why}}

{{mentee.firstName}} has your contact details and will make the first contact. If you have not heard anything within a week, feel free to get in touch yourself or let {{contact.name}} know.

We recommend two to three meetings during the program, but the two of you decide how and how often you meet. At the kickoff meeting on {{kickoff.when}} ({{kickoff.place}}) we will tell you more.

These contact details are for the two of you, so please do not pass them on.

${QUESTIONS}

${SIGNATURE}`,
  },
  'no-match': {
    subject: 'About your application to {{program.name}}',
    body: `Hi {{person.firstName}},

Thank you for your interest in {{program.name}}. Unfortunately we have not been able to match you with a mentor this round. Interest was high, and we did not find a mentor who was a good enough fit for you. We would rather tell you so plainly than give you a match that does not work.

We would love to have you next time. If you wish, you will be first in line when the next round opens: just reply to this email and we will make a note of it.

${QUESTIONS}

${SIGNATURE}`,
  },
  'kickoff-invitation': {
    subject: 'Welcome to the {{program.name}} kickoff meeting',
    body: `Hi {{person.firstName}},

Welcome to the kickoff meeting of {{program.name}}!

- When: {{kickoff.when}}
- Where: {{kickoff.place}}

At the meeting we explain how the program works and what is expected of mentors and mentees, and share tips on what to talk about. There will also be time to meet each other.

A calendar invitation follows separately. Can't make it? Let {{contact.name}} know at {{contact.email}}.

${SIGNATURE}`,
  },
  'kickoff-reminder': {
    subject: 'Reminder: the {{program.name}} kickoff meeting on {{kickoff.when}}',
    body: `Hi {{person.firstName}},

A reminder that the {{program.name}} kickoff meeting is coming up soon.

- When: {{kickoff.when}}
- Where: {{kickoff.place}}

You are very welcome! Can't make it? Let {{contact.name}} know at {{contact.email}}.

${SIGNATURE}`,
  },
  'closing-invitation': {
    subject: 'Welcome to the {{program.name}} closing meeting',
    body: `Hi {{person.firstName}},

{{program.name}} is drawing to a close, and we would love to end it together with you.

- When: {{closing.when}}
- Where: {{closing.place}}

We will share experiences from the program and thank each other for this time.

A calendar invitation follows separately. Can't make it? Let {{contact.name}} know at {{contact.email}}.

${SIGNATURE}`,
  },
  'closing-reminder': {
    subject: 'Reminder: the {{program.name}} closing meeting on {{closing.when}}',
    body: `Hi {{person.firstName}},

A reminder that the {{program.name}} closing meeting is coming up soon.

- When: {{closing.when}}
- Where: {{closing.place}}

You are very welcome! Can't make it? Let {{contact.name}} know at {{contact.email}}.

${SIGNATURE}`,
  },
  checkin: {
    subject: 'How is it going? A short check-in from {{program.name}}',
    body: `Hi {{person.firstName}},

You are about halfway through {{program.name}}, and we would love to hear how it is going for you and {{partner.firstName}}.

Please answer four short questions; it takes a minute:
{{checkin.link}}

If you can, answer by {{checkin.closes}}. Only the project group reads the answers.

Haven't had time to meet yet? It is not too late: get in touch with {{partner.firstName}} and suggest a time. If something is not working, you are always welcome to contact {{contact.name}} at {{contact.email}}.

${SIGNATURE}`,
  },
  'checkin-reminder': {
    subject: 'Reminder: how is it going in {{program.name}}?',
    body: `Hi {{person.firstName}},

We would like to hear how it is going for you and {{partner.firstName}} in {{program.name}}. If you have not answered yet, the check-in takes just a minute:
{{checkin.link}}

Haven't met yet, or is it not working out as you hoped? Let {{contact.name}} know at {{contact.email}} and we will help.

${SIGNATURE}`,
  },
  'thanks-mentor': {
    subject: 'Thank you for being a mentor in {{program.name}}',
    body: `Hi {{person.firstName}},

{{program.name}} has come to an end for this round, and we want to give you a special thank you. Sharing your time and experience means a great deal to a student on the way into working life.

We hope you got something out of your conversations too, and we would be delighted if you joined again next round.

Any thoughts on how the program could be better? Reply to this email and it will reach {{contact.name}}.

Thank you so much!
{{contact.name}}, contact person
The {{program.name}} project group`,
  },
  'thanks-mentee': {
    subject: 'Thank you for taking part in {{program.name}}',
    body: `Hi {{person.firstName}},

{{program.name}} has come to an end for this round. Thank you for taking part! We hope you have gained new insights, contacts and inspiration for working life.

Once you graduate, you are warmly welcome to join the alumni network. It keeps you in touch with the university and with other alumni, and one day you might become a mentor yourself. Contact {{contact.name}} at {{contact.email}} and we will tell you how to join.

Any thoughts on how the program could be better? Just reply to this email.

${SIGNATURE}`,
  },
  // The Calendar events: the subject is the event's title, the body its description (plain
  // text; the place, the video link and the Meet note are added below it from the settings).
  'kickoff-event': {
    subject: 'Kickoff: {{program.name}}',
    body: `Welcome to the kickoff! A mentor program lets students talk about future studies and career choices with an experienced alumnus or alumna in working life.

At the kickoff we go through how the program works and what is expected of mentor and mentee.

The mentor shares experience and contacts; the mentee leads the conversations and is clear about what they want from them.

The mentee is responsible for keeping in touch and booking the meetings. We recommend two to three meetings, in person or digitally.

Things to talk about: the step from studies to working life, an ordinary working day, choosing courses and a degree project, internships, networking.

Questions? Contact {{contact.name}} ({{contact.email}}).`,
  },
  'closing-event': {
    subject: 'Closing meeting: {{program.name}}',
    body: `Welcome to the closing meeting! We meet to round off the program and thank each other, and the mentors especially for their time and experience.

Tell us how it went: what you talked about and what you take with you. The network stays after the program.

Questions? Contact {{contact.name}} ({{contact.email}}).`,
  },
};
