/**
 * This file defines the tests of GmailApp and MailApp: the sent-mail log, options, aliases,
 * drafts, the shared daily recipient quota (To + Cc + Bcc, reset 24 hours after the first
 * send), 50 recipients per message, invalid addresses and the body size limit.
 */
import { NOW, scriptEmulator } from './helpers';

const SCRIPT = `
function send(to, subject, body, options) { GmailApp.sendEmail(to, subject, body, options || {}); }
function mailApp() { MailApp.sendEmail.apply(MailApp, Array.prototype.slice.call(arguments)); }
function quota() { return MailApp.getRemainingDailyQuota(); }
function aliases() { return GmailApp.getAliases(); }
function many(n) { var list = []; for (var i = 0; i < n; i++) list.push('p' + i + '@example.com'); GmailApp.sendEmail(list.join(','), 's', 'b'); }
function drafts() {
  var d = GmailApp.createDraft('ann@example.com', 'Hej', 'plain', { htmlBody: '<b>hej</b>', cc: 'bo@example.com' });
  var other = GmailApp.createDraft('cy@example.com', 'Gone', 'x');
  other.deleteDraft();
  var listed = GmailApp.getDrafts().map(function (x) { return x.getId(); });
  var m = d.getMessage();
  var info = { listed: listed, id: d.getId(), to: m.getTo(), cc: m.getCc(), subject: m.getSubject(), body: m.getBody(), plain: m.getPlainBody(), draft: m.isDraft() };
  var sent = GmailApp.getDraft(d.getId()).send();
  info.sentDraft = sent.isDraft();
  info.after = GmailApp.getDrafts().length;
  return info;
}
`;

const WS = { account: 'workspace' as const, user: 'coordinator@uni.example.edu', aliases: ['mentor@uni.example.edu'] };

describe('GmailApp.sendEmail', () => {
  test('records the message with its options', () => {
    const emu = scriptEmulator(SCRIPT, WS);
    emu.run('send', 'Ann <ann@example.com>, bo@example.com', 'Välkommen', 'Hej!', {
      htmlBody: '<p>Hej!</p>',
      cc: 'cy@example.com',
      bcc: 'dee@example.com',
      from: 'mentor@uni.example.edu',
      name: 'Mentorprogrammet',
      replyTo: 'mentor@uni.example.edu',
    });
    expect(emu.sentMail()).toEqual([
      expect.objectContaining({
        to: ['ann@example.com', 'bo@example.com'],
        cc: ['cy@example.com'],
        bcc: ['dee@example.com'],
        from: 'mentor@uni.example.edu',
        subject: 'Välkommen',
        body: 'Hej!',
        htmlBody: '<p>Hej!</p>',
        replyTo: 'mentor@uni.example.edu',
        name: 'Mentorprogrammet',
        sentAt: NOW,
        via: 'GmailApp',
      }),
    ]);
    expect(emu.run('aliases')).toEqual(['mentor@uni.example.edu']);
  });

  test('from must be one of the aliases', () => {
    const emu = scriptEmulator(SCRIPT, WS);
    expect(() => emu.run('send', 'ann@example.com', 's', 'b', { from: 'someone@else.example' })).toThrow('Invalid argument: from');
    expect(emu.sentMail()).toEqual([]);
  });

  test('noReply works on Workspace only', () => {
    const ws = scriptEmulator(SCRIPT, WS);
    ws.run('send', 'ann@example.com', 's', 'b', { noReply: true });
    expect(ws.sentMail()[0]).toMatchObject({ noReply: true, from: 'noreply@uni.example.edu' });
    const consumer = scriptEmulator(SCRIPT, { account: 'consumer' });
    expect(() => consumer.run('send', 'ann@example.com', 's', 'b', { noReply: true })).toThrow('Invalid argument: noReply');
  });

  test('an invalid address is refused', () => {
    const emu = scriptEmulator(SCRIPT);
    expect(() => emu.run('send', 'ann@example.com, not-an-address', 's', 'b')).toThrow('Invalid email: not-an-address');
  });

  test('more than 50 recipients in one message is refused', () => {
    const emu = scriptEmulator(SCRIPT);
    emu.run('many', 50);
    expect(() => emu.run('many', 51)).toThrow('Limit Exceeded: Email Recipients Per Message.');
    expect(emu.sentMail()).toHaveLength(1);
  });

  test('the body may not exceed 200 KB on a consumer account (400 KB on Workspace)', () => {
    const consumer = scriptEmulator(SCRIPT, { account: 'consumer' });
    const big = 'x'.repeat(200 * 1024 + 1);
    expect(() => consumer.run('send', 'ann@example.com', 's', big)).toThrow('Limit Exceeded: Email Body Size.');
    const ws = scriptEmulator(SCRIPT, WS);
    ws.run('send', 'ann@example.com', 's', big);
    expect(ws.sentMail()).toHaveLength(1);
  });
});

describe('the daily recipient quota', () => {
  test('counts To, Cc and Bcc for GmailApp and MailApp alike', () => {
    const emu = scriptEmulator(SCRIPT, { account: 'consumer' });
    expect(emu.run('quota')).toBe(100);
    emu.run('send', 'a@example.com,b@example.com', 's', 'b', { cc: 'c@example.com', bcc: 'd@example.com' });
    emu.run('mailApp', 'e@example.com', 's', 'b');
    expect(emu.run('quota')).toBe(95);
    expect(emu.sentMail().map((m) => m.via)).toEqual(['GmailApp', 'MailApp']);
  });

  test('is 1,500 on Workspace and can be overridden', () => {
    expect(scriptEmulator(SCRIPT, WS).run('quota')).toBe(1500);
    expect(scriptEmulator(SCRIPT, { dailyRecipients: 3 }).run('quota')).toBe(3);
  });

  test('refuses a message that does not fit, and resets 24 hours after the first send', () => {
    const emu = scriptEmulator(SCRIPT, { dailyRecipients: 3 });
    emu.run('send', 'a@example.com,b@example.com', 's', 'b');
    expect(() => emu.run('send', 'c@example.com,d@example.com', 's', 'b')).toThrow('Service invoked too many times for one day: email.');
    emu.run('send', 'c@example.com', 's', 'b');
    expect(emu.run('quota')).toBe(0);
    emu.advanceTo('2026-11-29T09:59:59Z');
    expect(emu.run('quota')).toBe(0);
    emu.advanceTo('2026-11-29T10:00:01Z');
    expect(emu.run('quota')).toBe(3);
  });
});

describe('MailApp.sendEmail overloads', () => {
  test('message object, (to, replyTo, subject, body) and options; from is ignored', () => {
    const emu = scriptEmulator(SCRIPT);
    emu.run('mailApp', { to: 'a@example.com', subject: 'One', body: 'b1', htmlBody: '<i>b1</i>', cc: 'c@example.com' });
    emu.run('mailApp', 'a@example.com', 'reply@example.com', 'Two', 'b2');
    emu.run('mailApp', 'a@example.com', 'Three', 'b3', { name: 'MP', from: 'x@example.com' });
    expect(emu.sentMail().map(({ subject, cc, replyTo, htmlBody, name, from }) => ({ subject, cc, replyTo, htmlBody, name, from }))).toEqual([
      { subject: 'One', cc: ['c@example.com'], replyTo: null, htmlBody: '<i>b1</i>', name: null, from: 'coordinator@example.edu' },
      { subject: 'Two', cc: [], replyTo: 'reply@example.com', htmlBody: null, name: null, from: 'coordinator@example.edu' },
      { subject: 'Three', cc: [], replyTo: null, htmlBody: null, name: 'MP', from: 'coordinator@example.edu' },
    ]);
  });
});

describe('GmailApp drafts', () => {
  test('create, list, read, delete and send', () => {
    const emu = scriptEmulator(SCRIPT, { dailyRecipients: 10 });
    const info = emu.run<Record<string, unknown>>('drafts');
    expect(info).toMatchObject({
      to: 'ann@example.com',
      cc: 'bo@example.com',
      subject: 'Hej',
      body: '<b>hej</b>',
      plain: 'plain',
      draft: true,
      sentDraft: false,
      after: 0,
    });
    expect(info.listed).toEqual([info.id]);
    expect(emu.sentMail()).toEqual([expect.objectContaining({ to: ['ann@example.com'], cc: ['bo@example.com'], subject: 'Hej' })]);
    expect(emu.run('quota')).toBe(8);
  });
});
